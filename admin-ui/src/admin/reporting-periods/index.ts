import EventIcon from '@mui/icons-material/Event';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const ReportingPeriodCreate = lazyPage(() => import('./ReportingPeriodCreate'), 'ReportingPeriodCreate');
const ReportingPeriodEdit = lazyPage(() => import('./ReportingPeriodEdit'), 'ReportingPeriodEdit');
const ReportingPeriodList = lazyPage(() => import('./ReportingPeriodList'), 'ReportingPeriodList');
const ReportingPeriodShow = lazyPage(() => import('./ReportingPeriodShow'), 'ReportingPeriodShow');

export default {
  list: ReportingPeriodList,
  create: ReportingPeriodCreate,
  edit: ReportingPeriodEdit,
  show: ReportingPeriodShow,
  icon: EventIcon,
  recordRepresentation: 'code',
};
