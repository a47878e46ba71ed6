import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const IndicatorCreate = lazyPage(() => import('./IndicatorCreate'), 'IndicatorCreate');
const IndicatorEdit = lazyPage(() => import('./IndicatorEdit'), 'IndicatorEdit');
const IndicatorList = lazyPage(() => import('./IndicatorList'), 'IndicatorList');
const IndicatorShow = lazyPage(() => import('./IndicatorShow'), 'IndicatorShow');

export default {
  list: IndicatorList,
  create: IndicatorCreate,
  edit: IndicatorEdit,
  show: IndicatorShow,
  icon: AssessmentIcon,
  recordRepresentation: 'code',
};
