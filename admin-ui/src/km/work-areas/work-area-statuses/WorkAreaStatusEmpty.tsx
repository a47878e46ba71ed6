import TimelineIcon from '@mui/icons-material/Timeline';
import { ResourceEmpty } from '../../../app/common/ResourceEmpty';

/** No status yet: they are added quarter by quarter from a work area's page, or here. */
export const WorkAreaStatusEmpty = () => <ResourceEmpty icon={TimelineIcon} />;
