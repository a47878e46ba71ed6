import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { CriticalIssueCreate } from './CriticalIssueCreate';
import { CriticalIssueEdit } from './CriticalIssueEdit';
import { CriticalIssueList } from './CriticalIssueList';
import { CriticalIssueShow } from './CriticalIssueShow';

export default {
  list: CriticalIssueList,
  create: CriticalIssueCreate,
  edit: CriticalIssueEdit,
  show: CriticalIssueShow,
  icon: ReportProblemIcon,
  recordRepresentation: 'title',
};
