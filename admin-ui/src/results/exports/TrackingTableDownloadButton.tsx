import { canRequest } from '../../app/common/roles';
import { useRole } from '../../app/common/useRole';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { DownloadButton } from '../../app/common/DownloadButton';

interface Props {
  frameworkId: string;
  fromPeriodId: string;
  toPeriodId: string;
  officeId?: string;
}

/** The indicator tracking table of a framework over a range of quarters, for the roles the export serves. */
export const TrackingTableDownloadButton = (props: Props) => {
  const dataProvider = useTrackerDataProvider();
  const role = useRole();
  if (!canRequest(role, 'GET /exports/tracking-table')) return null;
  return (
    <DownloadButton
      label="exports.trackingTable"
      fetchFile={(onProgress) => dataProvider.downloadTrackingTable(props, onProgress)}
    />
  );
};
