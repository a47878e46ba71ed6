import { useQuery } from '@tanstack/react-query';
import type { DashboardMethods } from '../../app/dataProvider/dashboard';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';

type Params<K extends keyof DashboardMethods> = Parameters<DashboardMethods[K]>[0];
type Result<K extends keyof DashboardMethods> = Awaited<ReturnType<DashboardMethods[K]>>;

/** Calls one of the dashboard's data provider methods; nothing is asked while `params` is undefined. */
export const useDashboardQuery = <K extends keyof DashboardMethods>(method: K, params: Params<K> | undefined) => {
  const dataProvider = useTrackerDataProvider();
  return useQuery<Result<K>, Error>({
    queryKey: ['dashboard', method, params],
    queryFn: () => (dataProvider[method] as (p: Params<K>) => Promise<Result<K>>)(params as Params<K>),
    enabled: params !== undefined,
    retry: false,
  });
};
