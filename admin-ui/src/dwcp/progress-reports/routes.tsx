// The report workflow pages the registry (resources.ts PAGES) mounts at /my-report, /review and /review/:id (loaded on first visit).
export { MyReportPage } from './MyReportPage';
export { ReviewQueuePage } from './ReviewQueuePage';
export { ReviewPage } from './ReviewPage';
