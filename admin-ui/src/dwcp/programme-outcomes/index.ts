import FlagIcon from '@mui/icons-material/Flag';
import { ProgrammeOutcomeCreate } from './ProgrammeOutcomeCreate';
import { ProgrammeOutcomeEdit } from './ProgrammeOutcomeEdit';
import { ProgrammeOutcomeList } from './ProgrammeOutcomeList';
import { ProgrammeOutcomeShow } from './ProgrammeOutcomeShow';

export default {
  list: ProgrammeOutcomeList,
  create: ProgrammeOutcomeCreate,
  edit: ProgrammeOutcomeEdit,
  show: ProgrammeOutcomeShow,
  icon: FlagIcon,
  recordRepresentation: 'code',
};
