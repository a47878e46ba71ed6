import PublicIcon from '@mui/icons-material/Public';
import { CountryProgrammeCreate } from './CountryProgrammeCreate';
import { CountryProgrammeEdit } from './CountryProgrammeEdit';
import { CountryProgrammeList } from './CountryProgrammeList';
import { CountryProgrammeShow } from './CountryProgrammeShow';

export default {
  list: CountryProgrammeList,
  create: CountryProgrammeCreate,
  edit: CountryProgrammeEdit,
  show: CountryProgrammeShow,
  icon: PublicIcon,
  recordRepresentation: 'title',
};
