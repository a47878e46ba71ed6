import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { DownloadButton } from '../../app/common/DownloadButton';

interface Props {
  frameworkId: string;
  fromPeriodId: string;
  toPeriodId: string;
  officeId?: string;
}

/** The indicator tracking table of a framework over a range of quarters. */
export const TrackingTableDownloadButton = (props: Props) => {
  const dataProvider = useTrackerDataProvider();
  return (
    <DownloadButton
      label="exports.trackingTable"
      fetchFile={(onProgress) => dataProvider.downloadTrackingTable(props, onProgress)}
    />
  );
};
