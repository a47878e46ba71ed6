import FlagIcon from '@mui/icons-material/Flag';
import { KmMilestoneCreate } from './KmMilestoneCreate';
import { KmMilestoneEdit } from './KmMilestoneEdit';
import { KmMilestoneList } from './KmMilestoneList';
import { KmMilestoneShow } from './KmMilestoneShow';

export default {
  list: KmMilestoneList,
  create: KmMilestoneCreate,
  edit: KmMilestoneEdit,
  show: KmMilestoneShow,
  icon: FlagIcon,
  recordRepresentation: 'title',
};
