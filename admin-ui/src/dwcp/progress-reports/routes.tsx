// The report workflow pages App.tsx mounts at /my-report, /review and /review/:id (loaded on first visit).
export { MyReportPage } from './MyReportPage';
export { ReviewQueuePage } from './ReviewQueuePage';
export { ReviewPage } from './ReviewPage';
