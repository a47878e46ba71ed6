import FlagIcon from '@mui/icons-material/Flag';
import { OutcomeCreate } from './OutcomeCreate';
import { OutcomeEdit } from './OutcomeEdit';
import { OutcomeList } from './OutcomeList';
import { OutcomeShow } from './OutcomeShow';

export default {
  list: OutcomeList,
  create: OutcomeCreate,
  edit: OutcomeEdit,
  show: OutcomeShow,
  icon: FlagIcon,
  recordRepresentation: (record: { number?: number; title?: string }) => `${record.number}. ${record.title}`,
};
