import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { ResultsFrameworkCreate } from './ResultsFrameworkCreate';
import { ResultsFrameworkEdit } from './ResultsFrameworkEdit';
import { ResultsFrameworkList } from './ResultsFrameworkList';
import { ResultsFrameworkShow } from './ResultsFrameworkShow';

export default {
  list: ResultsFrameworkList,
  create: ResultsFrameworkCreate,
  edit: ResultsFrameworkEdit,
  show: ResultsFrameworkShow,
  icon: AccountTreeIcon,
  recordRepresentation: 'title',
};
