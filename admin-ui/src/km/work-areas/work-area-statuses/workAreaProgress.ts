import { enumChoices } from '../../../app/common/enumChoices';

/** The API's WorkAreaProgress enum, labelled by `enums.WorkAreaProgress.<VALUE>` (see ./i18n.ts). */
export const WORK_AREA_PROGRESS = ['NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED'] as const;
export type WorkAreaProgress = (typeof WORK_AREA_PROGRESS)[number];

export const workAreaProgressChoices = enumChoices('WorkAreaProgress', WORK_AREA_PROGRESS);

export const PROGRESS_COLOUR: Record<WorkAreaProgress, 'default' | 'info' | 'warning' | 'success'> = {
  NOT_STARTED: 'default',
  IN_PROGRESS: 'info',
  DELAYED: 'warning',
  COMPLETED: 'success',
};
