import { canRequest } from '../../app/common/roles';
import { useRole } from '../../app/common/useRole';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { DownloadButton } from '../../app/common/DownloadButton';

/** The quarterly KM update workbook of an office and quarter, for the roles the export serves. */
export const KmUpdateDownloadButton = ({ officeId, periodId }: { officeId: string; periodId: string }) => {
  const dataProvider = useTrackerDataProvider();
  const role = useRole();
  if (!canRequest(role, 'GET /exports/km-update')) return null;
  return (
    <DownloadButton
      label="exports.kmUpdate"
      fetchFile={(onProgress) => dataProvider.downloadKmUpdate({ officeId, periodId }, onProgress)}
    />
  );
};
