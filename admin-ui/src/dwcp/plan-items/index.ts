import ChecklistIcon from '@mui/icons-material/Checklist';
import { PlanItemCreate } from './PlanItemCreate';
import { PlanItemEdit } from './PlanItemEdit';
import { PlanItemList } from './PlanItemList';
import { PlanItemShow } from './PlanItemShow';

export default {
  list: PlanItemList,
  create: PlanItemCreate,
  edit: PlanItemEdit,
  show: PlanItemShow,
  icon: ChecklistIcon,
  recordRepresentation: (item: { code: string; title: string }) => `${item.code} ${item.title}`,
};
