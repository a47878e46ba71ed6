import { TargetSource } from '#src/results/target-revision/target-source.enum.js';

/** Which target a figure was measured against, in words, for the exports ("Target used"). */
export function targetUsedLabel(row: { targetSource: TargetSource; targetAppliesFrom: string | null }): string {
  const from = row.targetAppliesFrom ? ` from ${row.targetAppliesFrom}` : '';
  switch (row.targetSource) {
    case TargetSource.OFFICE:
      return `Office's own target${from}`;
    case TargetSource.CHILD_OFFICES:
      return `Sum of its offices' targets${from}`;
    case TargetSource.REGION:
      return `Region's target${from}`;
    default:
      return "Component's target";
  }
}
