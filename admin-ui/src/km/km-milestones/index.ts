import FlagIcon from '@mui/icons-material/Flag';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const KmMilestoneCreate = lazyPage(() => import('./KmMilestoneCreate'), 'KmMilestoneCreate');
const KmMilestoneEdit = lazyPage(() => import('./KmMilestoneEdit'), 'KmMilestoneEdit');
const KmMilestoneList = lazyPage(() => import('./KmMilestoneList'), 'KmMilestoneList');
const KmMilestoneShow = lazyPage(() => import('./KmMilestoneShow'), 'KmMilestoneShow');

export default {
  list: KmMilestoneList,
  create: KmMilestoneCreate,
  edit: KmMilestoneEdit,
  show: KmMilestoneShow,
  icon: FlagIcon,
  recordRepresentation: 'title',
};
