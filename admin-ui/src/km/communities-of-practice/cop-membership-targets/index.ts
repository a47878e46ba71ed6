import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { lazyPage } from '../../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const CopMembershipTargetCreate = lazyPage(() => import('./CopMembershipTargetCreate'), 'CopMembershipTargetCreate');
const CopMembershipTargetEdit = lazyPage(() => import('./CopMembershipTargetEdit'), 'CopMembershipTargetEdit');
const CopMembershipTargetList = lazyPage(() => import('./CopMembershipTargetList'), 'CopMembershipTargetList');
const CopMembershipTargetShow = lazyPage(() => import('./CopMembershipTargetShow'), 'CopMembershipTargetShow');

export default {
  list: CopMembershipTargetList,
  create: CopMembershipTargetCreate,
  edit: CopMembershipTargetEdit,
  show: CopMembershipTargetShow,
  icon: GroupAddIcon,
  recordRepresentation: 'memberGroup',
};
