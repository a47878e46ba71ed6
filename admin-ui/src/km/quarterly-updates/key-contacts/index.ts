import ContactMailIcon from '@mui/icons-material/ContactMail';
import { KeyContactCreate } from './KeyContactCreate';
import { KeyContactEdit } from './KeyContactEdit';
import { KeyContactList } from './KeyContactList';
import { KeyContactShow } from './KeyContactShow';

export default {
  list: KeyContactList,
  create: KeyContactCreate,
  edit: KeyContactEdit,
  show: KeyContactShow,
  icon: ContactMailIcon,
  recordRepresentation: 'name',
};
