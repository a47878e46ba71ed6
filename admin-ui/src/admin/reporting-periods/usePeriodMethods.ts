import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import type { PeriodMethods } from '../../app/dataProvider/periods';

/** Opening, closing and locking a period: the data provider's explicit mutations. */
export const usePeriodMethods = (): PeriodMethods => useTrackerDataProvider();
