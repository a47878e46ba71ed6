import { registerEnumType } from '@nestjs/graphql';

/** Whose target a figure is measured against (docs/adr/0016-target-revisions.md). */
export enum TargetSource {
  /** The region's revision in force. */
  REGION = 'REGION',
  /** The office's own revision in force. */
  OFFICE = 'OFFICE',
  /** The sum of the revisions in force of the office's child offices, all of which have one. */
  CHILD_OFFICES = 'CHILD_OFFICES',
  /** No revision at all: the component's own baseline and target. */
  COMPONENT = 'COMPONENT',
}

registerEnumType(TargetSource, { name: 'TargetSource' });
