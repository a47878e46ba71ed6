import { useCallback, useEffect, useState } from 'react';
import type { ReportingTask } from '../../app/dataProvider/progressReports';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';

/** The signed-in officer's reporting tasks: one per programme, the quarter due now. */
export const useReportingTasks = () => {
  const dataProvider = useTrackerDataProvider();
  const [state, setState] = useState<{ tasks?: ReportingTask[]; error?: string }>({});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    dataProvider.myReportingTasks().then(
      (tasks) => live && setState({ tasks }),
      (error: Error) => live && setState({ error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, attempt]);
  const reload = useCallback(() => {
    setState({});
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, reload };
};
