import { Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import type { ReportingTask } from '../../app/dataProvider/progressReports';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { LoadState } from './LoadState';
import { PeriodLockedNotice } from './PeriodLockedNotice';
import { ReportPanel } from './ReportPanel';
import { useReportingTasks } from './useReportingTasks';

// A programme has its quarter due now and, after it, any unfinished report of a locked quarter.
const keyOf = (task: ReportingTask) => `${task.programmeId}:${task.periodId}`;

/** /my-report: the programme officer's report for the quarter due now, and those a lock froze. */
export const MyReportPage = ({ delayMs }: { delayMs?: number }) => {
  const translate = useTranslate();
  const { tasks, error, reload } = useReportingTasks();
  const [selected, setSelected] = useState<string>();
  if (!tasks) return <LoadState error={error} onRetry={reload} />;
  const task = tasks.find((candidate) => keyOf(candidate) === selected) ?? tasks[0];
  const title = task ? translate('reports.my.title', { period: task.periodCode }) : translate('reports.my.titleNone');
  return (
    <Box sx={{ maxWidth: 1100, py: 2 }}>
      <Title title={title} />
      <Typography variant="h4" component="h1" gutterBottom>
        {title}
      </Typography>
      {tasks.length > 1 ? (
        <TextField
          select
          label={translate('reports.my.programme')}
          value={keyOf(task!)}
          onChange={(event) => setSelected(event.target.value)}
          slotProps={{ select: { native: true } }}
          sx={{ minWidth: 360, mb: 2 }}
        >
          {tasks.map((candidate) => (
            <option key={keyOf(candidate)} value={keyOf(candidate)}>
              {translate(candidate.periodStatus === 'LOCKED' ? 'reports.my.lockedOption' : 'reports.my.option', {
                programme: candidate.programmeTitle,
                period: candidate.periodCode,
              })}
            </option>
          ))}
        </TextField>
      ) : null}
      {task ? (
        <TaskReport key={keyOf(task)} task={task} onCreated={reload} delayMs={delayMs} />
      ) : (
        <Typography>{translate('reports.my.noTask')}</Typography>
      )}
    </Box>
  );
};

const TaskReport = ({ task, onCreated, delayMs }: { task: ReportingTask; onCreated: () => void; delayMs?: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useTrackerDataProvider();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      await dataProvider.createProgressReport(task.programmeId, task.periodId);
      onCreated();
    } catch (error) {
      const message = (error as Error).message;
      notify(message, { type: 'error', messageArgs: { _: message } });
      setBusy(false);
    }
  };
  return (
    <>
      <Typography color="text.secondary">
        {task.programmeTitle} · {translate('reports.my.due', { date: task.dueDate })}
      </Typography>
      {task.periodStatus === 'LOCKED' ? <PeriodLockedNotice period={task.periodCode} /> : null}
      {task.reportId ? (
        <ReportPanel reportId={task.reportId} editable={task.editable} delayMs={delayMs} />
      ) : !task.editable ? null : (
        <Box sx={{ my: 3 }}>
          <Typography gutterBottom>{translate('reports.my.notStarted', { period: task.periodCode })}</Typography>
          <Button variant="contained" onClick={() => void start()} disabled={busy}>
            {translate('reports.my.start', { period: task.periodCode })}
          </Button>
        </Box>
      )}
    </>
  );
};
