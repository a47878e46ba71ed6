import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ComponentProgress } from '../../app/dataProvider/dashboard';

/** Milestones and narratives have no bar: their status in words and how many offices reported. */
export const MilestoneSummary = ({ row }: { row: ComponentProgress }) => {
  const translate = useTranslate();
  return (
    <div>
      {row.measure === 'MILESTONE' ? (
        <Typography variant="body2">
          {row.milestoneStatus
            ? translate(`enums.MilestoneStatus.${row.milestoneStatus}`)
            : translate('dashboard.progress.noMilestone')}
        </Typography>
      ) : null}
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(
          row.measure === 'TEXT' ? 'dashboard.progress.narrativeOffices' : 'dashboard.progress.reportingOffices',
          { smart_count: row.reportingOffices },
        )}
      </Typography>
    </div>
  );
};
