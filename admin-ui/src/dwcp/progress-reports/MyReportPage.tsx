import { Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import type { ReportingTask } from '../../app/dataProvider/progressReports';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { LoadState } from './LoadState';
import { ReportPanel } from './ReportPanel';
import { useReportingTasks } from './useReportingTasks';

/** /my-report: the programme officer's report for the quarter due now. */
export const MyReportPage = ({ delayMs }: { delayMs?: number }) => {
  const translate = useTranslate();
  const { tasks, error, reload } = useReportingTasks();
  const [programmeId, setProgrammeId] = useState<string>();
  if (!tasks) return <LoadState error={error} onRetry={reload} />;
  const task = tasks.find((candidate) => candidate.programmeId === programmeId) ?? tasks[0];
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
          value={task!.programmeId}
          onChange={(event) => setProgrammeId(event.target.value)}
          slotProps={{ select: { native: true } }}
          sx={{ minWidth: 360, mb: 2 }}
        >
          {tasks.map((candidate) => (
            <option key={candidate.programmeId} value={candidate.programmeId}>
              {candidate.programmeTitle} ({candidate.periodCode})
            </option>
          ))}
        </TextField>
      ) : null}
      {task ? (
        <TaskReport key={task.programmeId} task={task} onCreated={reload} delayMs={delayMs} />
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
      {task.reportId ? (
        <ReportPanel reportId={task.reportId} delayMs={delayMs} />
      ) : (
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
