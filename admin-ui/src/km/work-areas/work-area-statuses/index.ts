import TimelineIcon from '@mui/icons-material/Timeline';
import { createElement } from 'react';
import { WorkAreaStatusCreate } from './WorkAreaStatusCreate';
import { WorkAreaStatusEdit } from './WorkAreaStatusEdit';
import { WorkAreaStatusList } from './WorkAreaStatusList';
import { WorkAreaStatusRepresentation } from './WorkAreaStatusRepresentation';
import { WorkAreaStatusShow } from './WorkAreaStatusShow';

export default {
  list: WorkAreaStatusList,
  create: WorkAreaStatusCreate,
  edit: WorkAreaStatusEdit,
  show: WorkAreaStatusShow,
  icon: TimelineIcon,
  recordRepresentation: createElement(WorkAreaStatusRepresentation),
};
