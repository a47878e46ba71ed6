import InsightsIcon from '@mui/icons-material/Insights';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const IndicatorResultCreate = lazyPage(() => import('./IndicatorResultCreate'), 'IndicatorResultCreate');
const IndicatorResultEdit = lazyPage(() => import('./IndicatorResultEdit'), 'IndicatorResultEdit');
const IndicatorResultList = lazyPage(() => import('./IndicatorResultList'), 'IndicatorResultList');
const IndicatorResultShow = lazyPage(() => import('./IndicatorResultShow'), 'IndicatorResultShow');

export default {
  list: IndicatorResultList,
  create: IndicatorResultCreate,
  edit: IndicatorResultEdit,
  show: IndicatorResultShow,
  icon: InsightsIcon,
  recordRepresentation: (record: { id: string }) => `#${record.id}`,
};
