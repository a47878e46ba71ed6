import ChecklistIcon from '@mui/icons-material/Checklist';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const PlanItemCreate = lazyPage(() => import('./PlanItemCreate'), 'PlanItemCreate');
const PlanItemEdit = lazyPage(() => import('./PlanItemEdit'), 'PlanItemEdit');
const PlanItemList = lazyPage(() => import('./PlanItemList'), 'PlanItemList');
const PlanItemShow = lazyPage(() => import('./PlanItemShow'), 'PlanItemShow');

export default {
  list: PlanItemList,
  create: PlanItemCreate,
  edit: PlanItemEdit,
  show: PlanItemShow,
  icon: ChecklistIcon,
  recordRepresentation: (item: { code: string; title: string }) => `${item.code} ${item.title}`,
};
