import FlagIcon from '@mui/icons-material/Flag';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const OutcomeCreate = lazyPage(() => import('./OutcomeCreate'), 'OutcomeCreate');
const OutcomeEdit = lazyPage(() => import('./OutcomeEdit'), 'OutcomeEdit');
const OutcomeList = lazyPage(() => import('./OutcomeList'), 'OutcomeList');
const OutcomeShow = lazyPage(() => import('./OutcomeShow'), 'OutcomeShow');

export default {
  list: OutcomeList,
  create: OutcomeCreate,
  edit: OutcomeEdit,
  show: OutcomeShow,
  icon: FlagIcon,
  recordRepresentation: (record: { number?: number; title?: string }) => `${record.number}. ${record.title}`,
};
