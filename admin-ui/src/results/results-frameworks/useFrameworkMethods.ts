import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import type { FrameworkMethods } from '../../app/dataProvider/frameworks';

/** Publishing and unpublishing a framework: the data provider's explicit mutations. */
export const useFrameworkMethods = (): FrameworkMethods => useTrackerDataProvider();
