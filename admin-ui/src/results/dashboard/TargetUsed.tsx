import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TargetSource } from '../../app/generated/enums';
import { useFormatDay } from '../../app/common/LocaleDateField';

/** "Target used: Region's target, from 1 Jul 2009": which revision a figure is measured against. */
export const TargetUsed = ({
  row,
  withLabel = true,
}: {
  row: { targetSource: TargetSource; targetAppliesFrom?: string | null };
  withLabel?: boolean;
}) => {
  const translate = useTranslate();
  const formatDay = useFormatDay();
  const source = translate(`enums.TargetSource.${row.targetSource}`);
  const text = row.targetAppliesFrom
    ? translate('dashboard.targetUsed', { source, date: formatDay(row.targetAppliesFrom) })
    : source;
  return (
    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
      {withLabel ? `${translate('dashboard.columns.targetUsed')}: ${text}` : text}
    </Typography>
  );
};
