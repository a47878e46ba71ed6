import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { lazyPage } from '../../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const CriticalIssueCreate = lazyPage(() => import('./CriticalIssueCreate'), 'CriticalIssueCreate');
const CriticalIssueEdit = lazyPage(() => import('./CriticalIssueEdit'), 'CriticalIssueEdit');
const CriticalIssueList = lazyPage(() => import('./CriticalIssueList'), 'CriticalIssueList');
const CriticalIssueShow = lazyPage(() => import('./CriticalIssueShow'), 'CriticalIssueShow');

export default {
  list: CriticalIssueList,
  create: CriticalIssueCreate,
  edit: CriticalIssueEdit,
  show: CriticalIssueShow,
  icon: ReportProblemIcon,
  recordRepresentation: 'title',
};
