import ScheduleIcon from '@mui/icons-material/Schedule';
import { Box, Link, TableCell } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { ComplianceCell, ComplianceState } from '../../app/dataProvider/dashboard';

/** Background and text colours per compliance state; the state is always written out too. */
export const STATE_COLORS: Record<ComplianceState, { bg: string; fg: string }> = {
  NOT_YET_DUE: { bg: '#f5f5f5', fg: '#616161' },
  DUE: { bg: '#e3f2fd', fg: '#0d47a1' },
  LATE: { bg: '#fde7e9', fg: '#b71c1c' },
  SUBMITTED: { bg: '#fff8e1', fg: '#7a4f01' },
  APPROVED: { bg: '#e8f5e9', fg: '#1b5e20' },
  CLOSED_WITHOUT_REPORT: { bg: '#e0e0e0', fg: '#37474f' },
};

/** Report statuses worth saying beside the state: a draft or a returned report behind "due" or "late". */
const SHOWN_REPORT_STATUS = new Set(['DRAFT', 'RETURNED']);

/** One programme in one quarter: its compliance state, a late mark, and a link to the report. */
export const ComplianceCellView = ({ cell, dueDate }: { cell: ComplianceCell | undefined; dueDate?: string }) => {
  const translate = useTranslate();
  if (!cell) {
    return (
      <TableCell align="center" title={translate('dashboard.compliance.none')}>
        —
      </TableCell>
    );
  }
  const colors = STATE_COLORS[cell.state];
  const state = translate(`enums.ComplianceState.${cell.state}`);
  const reportStatus = SHOWN_REPORT_STATUS.has(cell.status)
    ? translate('dashboard.compliance.reportStatus', {
        status: translate(`dashboard.compliance.status.${cell.status}`),
      })
    : null;
  // Submitted or approved, but first submitted after the due date: said besides the state.
  const late = cell.onTime === false && cell.state !== 'LATE' && cell.state !== 'CLOSED_WITHOUT_REPORT';
  const title = [
    state,
    reportStatus,
    late ? translate('dashboard.compliance.late') : null,
    dueDate ? translate('dashboard.compliance.due', { date: dueDate }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const content = (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'center' }}>
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
        <span>{state}</span>
        {late ? (
          <Box
            component="span"
            sx={{ display: 'inline-flex', alignItems: 'center', color: '#b71c1c', fontWeight: 600 }}
          >
            <ScheduleIcon fontSize="inherit" aria-hidden="true" />
            {translate('dashboard.compliance.lateShort')}
          </Box>
        ) : null}
      </Box>
      {reportStatus ? (
        <Box component="span" sx={{ fontSize: '0.75rem', whiteSpace: 'nowrap' }}>
          {reportStatus}
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
