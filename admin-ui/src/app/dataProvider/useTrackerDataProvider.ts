import { useDataProvider } from 'react-admin';
import type { TrackerDataProvider } from './index';

/** The data provider with its custom methods typed. */
export const useTrackerDataProvider = () => useDataProvider<TrackerDataProvider>();
