import { registerEnumType } from '@nestjs/graphql';

export enum ProgressStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NO_DATA = 'NO_DATA',
  /** TEXT components carry a narrative only: there is nothing to measure. */
  NOT_MEASURED = 'NOT_MEASURED',
}

registerEnumType(ProgressStatus, { name: 'ProgressStatus' });
