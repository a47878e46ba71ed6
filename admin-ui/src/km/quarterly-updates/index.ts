import ArticleIcon from '@mui/icons-material/Article';
import { createElement } from 'react';
import { UpdateRepresentation } from './UpdateRepresentation';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const QuarterlyUpdateCreate = lazyPage(() => import('./QuarterlyUpdateCreate'), 'QuarterlyUpdateCreate');
const QuarterlyUpdateEdit = lazyPage(() => import('./QuarterlyUpdateEdit'), 'QuarterlyUpdateEdit');
const QuarterlyUpdateList = lazyPage(() => import('./QuarterlyUpdateList'), 'QuarterlyUpdateList');
const QuarterlyUpdateShow = lazyPage(() => import('./QuarterlyUpdateShow'), 'QuarterlyUpdateShow');

export default {
  list: QuarterlyUpdateList,
  create: QuarterlyUpdateCreate,
  edit: QuarterlyUpdateEdit,
  show: QuarterlyUpdateShow,
  icon: ArticleIcon,
  // "ROAP 2009-Q2": an update is its office and its quarter.
  recordRepresentation: createElement(UpdateRepresentation),
};
