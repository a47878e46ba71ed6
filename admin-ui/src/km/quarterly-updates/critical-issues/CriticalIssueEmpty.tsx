import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { ResourceEmpty } from '../../../app/common/ResourceEmpty';

/** No issue yet: they are added from a quarterly update's page, or here. */
export const CriticalIssueEmpty = () => <ResourceEmpty icon={ReportProblemIcon} />;
