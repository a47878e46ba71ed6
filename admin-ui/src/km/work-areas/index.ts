import WorkIcon from '@mui/icons-material/Work';
import { WorkAreaCreate } from './WorkAreaCreate';
import { WorkAreaEdit } from './WorkAreaEdit';
import { WorkAreaList } from './WorkAreaList';
import { WorkAreaShow } from './WorkAreaShow';

export default {
  list: WorkAreaList,
  create: WorkAreaCreate,
  edit: WorkAreaEdit,
  show: WorkAreaShow,
  icon: WorkIcon,
  recordRepresentation: (area: { number: number; title: string }) => `${area.number}. ${area.title}`,
};
