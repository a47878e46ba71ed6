import FlagIcon from '@mui/icons-material/Flag';
import { ResourceEmpty } from '../../app/common/ResourceEmpty';

/** No milestone yet: the quarterly updates list the ones reached in their quarter. */
export const KmMilestoneEmpty = () => <ResourceEmpty icon={FlagIcon} />;
