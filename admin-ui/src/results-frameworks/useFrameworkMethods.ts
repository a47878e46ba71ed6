import { useTrackerDataProvider } from '../dataProvider/useTrackerDataProvider';
import type { FrameworkMethods } from '../dataProvider/frameworks';

/** Publishing and unpublishing a framework: the data provider's explicit mutations. */
export const useFrameworkMethods = (): FrameworkMethods => useTrackerDataProvider();
