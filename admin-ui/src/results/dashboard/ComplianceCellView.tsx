import ScheduleIcon from '@mui/icons-material/Schedule';
import { Box, Link, TableCell } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { ComplianceCell, ComplianceStatus } from '../../app/dataProvider/dashboard';

/** Background and text colours per report status; the status is always written out too. */
const CELL_COLORS: Record<ComplianceStatus, { bg: string; fg: string }> = {
  NOT_STARTED: { bg: '#eeeeee', fg: '#424242' },
  DRAFT: { bg: '#e3f2fd', fg: '#0d47a1' },
  SUBMITTED: { bg: '#fff8e1', fg: '#7a4f01' },
  RETURNED: { bg: '#fde7e9', fg: '#b71c1c' },
  APPROVED: { bg: '#e8f5e9', fg: '#1b5e20' },
};

/** One programme in one quarter: its report's status, a late mark, and a link to the report. */
export const ComplianceCellView = ({ cell, dueDate }: { cell: ComplianceCell | undefined; dueDate?: string }) => {
  const translate = useTranslate();
  if (!cell) {
    return (
      <TableCell align="center" title={translate('dashboard.compliance.none')}>
        —
      </TableCell>
    );
  }
  const colors = CELL_COLORS[cell.status as ComplianceStatus];
  const status = translate(`dashboard.compliance.status.${cell.status}`);
  const late = cell.onTime === false;
  const title = [
    status,
    late ? translate('dashboard.compliance.late') : null,
    dueDate ? translate('dashboard.compliance.due', { date: dueDate }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const content = (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
      <span>{status}</span>
      {late ? (
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', color: '#b71c1c', fontWeight: 600 }}>
          <ScheduleIcon fontSize="inherit" aria-hidden="true" />
          {translate('dashboard.compliance.lateShort')}
        </Box>
      ) : null}
    </Box>
  );
  return (
    <TableCell
      align="center"
      title={title}
      sx={{ bgcolor: colors.bg, color: colors.fg, border: 1, borderColor: 'background.paper' }}
    >
      {cell.reportId ? (
        <Link
          component={RouterLink}
          to={`/ProgressReport/${cell.reportId}/show`}
          sx={{ color: 'inherit' }}
          aria-label={title}
        >
          {content}
        </Link>
      ) : (
        content
      )}
    </TableCell>
  );
};
