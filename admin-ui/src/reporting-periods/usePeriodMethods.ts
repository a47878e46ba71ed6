import { useTrackerDataProvider } from '../dataProvider/useTrackerDataProvider';
import type { PeriodMethods } from '../dataProvider/periods';

/** Opening, closing and locking a period: the data provider's explicit mutations. */
export const usePeriodMethods = (): PeriodMethods => useTrackerDataProvider();
