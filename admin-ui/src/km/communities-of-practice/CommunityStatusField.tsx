import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CommunityStatus } from '../../app/generated/enums';

const COLOUR: Record<CommunityStatus, 'default' | 'info' | 'success'> = {
  PLANNED: 'info',
  ACTIVE: 'success',
  CLOSED: 'default',
};

// `source` and `label` are read by Datagrid and SimpleShowLayout for the column header and label.
/** A community's status as a labelled chip (the colour only repeats the text). */
export const CommunityStatusField = (_props: { source: 'status'; label?: string }) => {
  const record = useRecordContext<{ status?: CommunityStatus }>();
  const translate = useTranslate();
  if (!record?.status) return <span>—</span>;
  return (
    <Chip size="small" color={COLOUR[record.status]} label={translate(`enums.CommunityStatus.${record.status}`)} />
  );
};
