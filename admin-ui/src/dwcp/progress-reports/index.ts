import AssignmentIcon from '@mui/icons-material/Assignment';
import { createElement } from 'react';
import { ProgressReportRepresentation } from './ProgressReportRepresentation';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const ProgressReportList = lazyPage(() => import('./ProgressReportList'), 'ProgressReportList');
const ProgressReportShow = lazyPage(() => import('./ProgressReportShow'), 'ProgressReportShow');

export default {
  list: ProgressReportList,
  show: ProgressReportShow,
  icon: AssignmentIcon,
  recordRepresentation: createElement(ProgressReportRepresentation),
};
