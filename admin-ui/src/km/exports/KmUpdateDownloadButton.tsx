import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { DownloadButton } from '../../app/common/DownloadButton';

/** The quarterly KM update workbook of an office and quarter. */
export const KmUpdateDownloadButton = ({ officeId, periodId }: { officeId: string; periodId: string }) => {
  const dataProvider = useTrackerDataProvider();
  return (
    <DownloadButton
      label="exports.kmUpdate"
      fetchFile={(onProgress) => dataProvider.downloadKmUpdate({ officeId, periodId }, onProgress)}
    />
  );
};
