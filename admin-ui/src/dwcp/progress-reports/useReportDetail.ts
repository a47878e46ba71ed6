import { useCallback, useEffect, useState } from 'react';
import type { ProgrammeOutcomeSummary, ReportDetail } from '../../app/dataProvider/progressReports';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';

export interface ReportDetailState {
  report?: ReportDetail;
  outcomes: ProgrammeOutcomeSummary[];
  error?: string;
  loading: boolean;
  reload: () => void;
}

/** One report with its programme's outcomes, loaded again on reload(). */
export const useReportDetail = (id: string | null | undefined): ReportDetailState => {
  const dataProvider = useTrackerDataProvider();
  const [state, setState] = useState<Omit<ReportDetailState, 'reload'>>({ outcomes: [], loading: Boolean(id) });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!id) return;
    let live = true;
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    dataProvider.getReportDetail(id).then(
      ({ report, outcomes }) => live && setState({ report, outcomes, loading: false }),
      (error: Error) => live && setState({ outcomes: [], loading: false, error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, id, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
};
