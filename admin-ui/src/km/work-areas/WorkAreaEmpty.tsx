import WorkIcon from '@mui/icons-material/Work';
import { ResourceEmpty } from '../../app/common/ResourceEmpty';

/** No work area yet: the quarterly updates' "work in progress" lists them. */
export const WorkAreaEmpty = () => <ResourceEmpty icon={WorkIcon} />;
