// Placeholder pages, replaced by the report work.
export const MyReportPage = () => null;
export const ReviewQueuePage = () => null;
export const ReviewPage = () => null;
