import WorkIcon from '@mui/icons-material/Work';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const WorkAreaCreate = lazyPage(() => import('./WorkAreaCreate'), 'WorkAreaCreate');
const WorkAreaEdit = lazyPage(() => import('./WorkAreaEdit'), 'WorkAreaEdit');
const WorkAreaList = lazyPage(() => import('./WorkAreaList'), 'WorkAreaList');
const WorkAreaShow = lazyPage(() => import('./WorkAreaShow'), 'WorkAreaShow');

export default {
  list: WorkAreaList,
  create: WorkAreaCreate,
  edit: WorkAreaEdit,
  show: WorkAreaShow,
  icon: WorkIcon,
  recordRepresentation: (area: { number: number; title: string }) => `${area.number}. ${area.title}`,
};
