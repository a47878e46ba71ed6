import FlagIcon from '@mui/icons-material/Flag';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const ProgrammeOutcomeCreate = lazyPage(() => import('./ProgrammeOutcomeCreate'), 'ProgrammeOutcomeCreate');
const ProgrammeOutcomeEdit = lazyPage(() => import('./ProgrammeOutcomeEdit'), 'ProgrammeOutcomeEdit');
const ProgrammeOutcomeList = lazyPage(() => import('./ProgrammeOutcomeList'), 'ProgrammeOutcomeList');
const ProgrammeOutcomeShow = lazyPage(() => import('./ProgrammeOutcomeShow'), 'ProgrammeOutcomeShow');

export default {
  list: ProgrammeOutcomeList,
  create: ProgrammeOutcomeCreate,
  edit: ProgrammeOutcomeEdit,
  show: ProgrammeOutcomeShow,
  icon: FlagIcon,
  recordRepresentation: 'code',
};
