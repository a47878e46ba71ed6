import type { WorkAreaProgress } from '../../../app/generated/enums';

/** The chip colour of each WorkAreaProgress value (a new value does not compile until it has one). */
export const PROGRESS_COLOUR: Record<WorkAreaProgress, 'default' | 'info' | 'warning' | 'success'> = {
  NOT_STARTED: 'default',
  IN_PROGRESS: 'info',
  DELAYED: 'warning',
  COMPLETED: 'success',
};
