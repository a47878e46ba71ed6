import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { dateLocaleOf } from '../../app/common/LocaleDateField';
import { canCall } from '../../app/common/roles';
import type { ReportDetail, ReportHistoryEntry } from '../../app/dataProvider/progressReports';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { ChangeRowsTable } from './ChangeRowsTable';
import { LoadState } from './LoadState';
import { readableHistoryEntry, type ReadableHistoryEntry } from './history';

/**
 * The report's history, newest first: every change to the report, its lines and its results, who made it,
 * when and through which path (form, template import, workflow step...). Loaded when opened.
 */
export const ReportHistory = ({ report }: { report: ReportDetail }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  const [open, setOpen] = useState(false);
  if (!canCall(permissions, 'auditTrail')) return null;
  return (
    <Accordion
      expanded={open}
      onChange={(_event, expanded) => setOpen(expanded)}
      sx={{ my: 3 }}
      slotProps={{ transition: { unmountOnExit: true } }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="report-history" id="report-history-heading">
        <Typography variant="h6" component="h2">
          {translate('reports.history.title')}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id="report-history">{open ? <HistoryEntries report={report} /> : null}</AccordionDetails>
    </Accordion>
  );
};

/** The API answers a trail a page at a time; one page covers a report's life in all but extreme cases. */
const HISTORY_PAGE = 1000;

const HistoryEntries = ({ report }: { report: ReportDetail }) => {
  const translate = useTranslate();
  const dataProvider = useTrackerDataProvider();
  const [state, setState] = useState<{ entries?: ReportHistoryEntry[]; error?: string }>({});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({});
    dataProvider.getReportHistory(report.id).then(
      (entries) => live && setState({ entries }),
      (error: Error) => live && setState({ error: error.message }),
    );
    return () => {
      live = false;
    };
    // A new version of the report (a save, a workflow step) has new history.
  }, [dataProvider, report.id, report.version, attempt]);
  if (!state.entries) return <LoadState error={state.error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (state.entries.length === 0) return <Typography>{translate('reports.history.empty')}</Typography>;
  const entries = [...state.entries].reverse().map((entry) => readableHistoryEntry(entry, report, translate));
  return (
    <>
      {state.entries.length >= HISTORY_PAGE ? (
        <Alert severity="info">{translate('reports.history.firstOnly', { count: HISTORY_PAGE })}</Alert>
      ) : null}
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} aria-label={translate('reports.history.title')}>
        {entries.map((entry) => (
          <HistoryItem key={entry.id} entry={entry} />
        ))}
      </Box>
    </>
  );
};

const HistoryItem = ({ entry }: { entry: ReadableHistoryEntry }) => {
  const translate = useTranslate();
  const [language] = useLocaleState();
  const when = new Intl.DateTimeFormat(dateLocaleOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(entry.at),
  );
  return (
    <Box component="li" sx={{ py: 1.5, borderTop: 1, borderColor: 'divider' }}>
      <Typography variant="subtitle2" component="p">
        {entry.subject}: {entry.action}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        <time dateTime={entry.at}>{when}</time> · {entry.who}
      </Typography>
      {entry.reason ? (
        <Typography variant="body2">{translate('reports.history.reason', { reason: entry.reason })}</Typography>
      ) : null}
      {entry.changes.length > 0 ? <ChangeRowsTable rows={entry.changes} sx={{ mt: 0.5 }} /> : null}
    </Box>
  );
};
