import { registerEnumType } from '@nestjs/graphql';

export enum MilestoneStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  ACHIEVED = 'ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}

/** Least advanced first: a group of offices is only as far as its slowest member. */
export const MILESTONE_PROGRESS_ORDER: readonly MilestoneStatus[] = [
  MilestoneStatus.NOT_ACHIEVED,
  MilestoneStatus.NOT_STARTED,
  MilestoneStatus.IN_PROGRESS,
  MilestoneStatus.ACHIEVED,
];

registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
