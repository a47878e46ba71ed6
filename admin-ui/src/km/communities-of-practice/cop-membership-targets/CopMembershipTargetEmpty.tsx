import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { ResourceEmpty } from '../../../app/common/ResourceEmpty';

/** No target yet: they are added from a community's page, or here. */
export const CopMembershipTargetEmpty = () => <ResourceEmpty icon={GroupAddIcon} />;
