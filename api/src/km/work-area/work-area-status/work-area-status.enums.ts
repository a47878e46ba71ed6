import { registerEnumType } from '@nestjs/graphql';

export enum WorkAreaProgress {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DELAYED = 'DELAYED',
  COMPLETED = 'COMPLETED',
}

registerEnumType(WorkAreaProgress, { name: 'WorkAreaProgress' });
