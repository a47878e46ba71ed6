import { NumberField, useRecordContext, useTranslate } from 'react-admin';

/** The result as its component measures it: a figure, a milestone status or a narrative. */
export const ResultValueField = (_props: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ value?: number | null; milestoneStatus?: string | null; narrative?: string }>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.value != null) return <NumberField source="value" />;
  if (record.milestoneStatus) return <span>{translate(`enums.MilestoneStatus.${record.milestoneStatus}`)}</span>;
  const narrative = record.narrative ?? '';
  return <span>{narrative.length > 80 ? `${narrative.slice(0, 80)}…` : narrative || '—'}</span>;
};
