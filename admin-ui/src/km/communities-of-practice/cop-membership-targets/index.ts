import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { CopMembershipTargetCreate } from './CopMembershipTargetCreate';
import { CopMembershipTargetEdit } from './CopMembershipTargetEdit';
import { CopMembershipTargetList } from './CopMembershipTargetList';
import { CopMembershipTargetShow } from './CopMembershipTargetShow';

export default {
  list: CopMembershipTargetList,
  create: CopMembershipTargetCreate,
  edit: CopMembershipTargetEdit,
  show: CopMembershipTargetShow,
  icon: GroupAddIcon,
  recordRepresentation: 'memberGroup',
};
