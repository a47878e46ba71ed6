import TimelineIcon from '@mui/icons-material/Timeline';
import { createElement } from 'react';
import { WorkAreaStatusRepresentation } from './WorkAreaStatusRepresentation';
import { lazyPage } from '../../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const WorkAreaStatusCreate = lazyPage(() => import('./WorkAreaStatusCreate'), 'WorkAreaStatusCreate');
const WorkAreaStatusEdit = lazyPage(() => import('./WorkAreaStatusEdit'), 'WorkAreaStatusEdit');
const WorkAreaStatusList = lazyPage(() => import('./WorkAreaStatusList'), 'WorkAreaStatusList');
const WorkAreaStatusShow = lazyPage(() => import('./WorkAreaStatusShow'), 'WorkAreaStatusShow');

export default {
  list: WorkAreaStatusList,
  create: WorkAreaStatusCreate,
  edit: WorkAreaStatusEdit,
  show: WorkAreaStatusShow,
  icon: TimelineIcon,
  recordRepresentation: createElement(WorkAreaStatusRepresentation),
};
