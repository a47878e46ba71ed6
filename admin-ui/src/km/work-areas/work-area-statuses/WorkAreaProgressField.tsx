import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { WorkAreaProgress } from '../../../app/generated/enums';
import { PROGRESS_COLOUR } from './workAreaProgress';

/** A work area's progress as a labelled chip (the colour only repeats the text). */
export const WorkAreaProgressChip = ({ value }: { value?: WorkAreaProgress | null }) => {
  const translate = useTranslate();
  if (!value) return <span>—</span>;
  return <Chip size="small" color={PROGRESS_COLOUR[value]} label={translate(`enums.WorkAreaProgress.${value}`)} />;
};

// `source` and `label` are read by Datagrid and SimpleShowLayout for the column header and label.
export const WorkAreaProgressField = (_props: { source: 'status'; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ status?: WorkAreaProgress }>();
  return <WorkAreaProgressChip value={record?.status} />;
};
