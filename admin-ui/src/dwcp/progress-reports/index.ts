import AssignmentIcon from '@mui/icons-material/Assignment';
import { createElement } from 'react';
import { ProgressReportList } from './ProgressReportList';
import { ProgressReportRepresentation } from './ProgressReportRepresentation';
import { ProgressReportShow } from './ProgressReportShow';

export default {
  list: ProgressReportList,
  show: ProgressReportShow,
  icon: AssignmentIcon,
  recordRepresentation: createElement(ProgressReportRepresentation),
};
