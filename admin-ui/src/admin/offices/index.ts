import BusinessIcon from '@mui/icons-material/Business';
import { OfficeCreate } from './OfficeCreate';
import { OfficeEdit } from './OfficeEdit';
import { OfficeList } from './OfficeList';
import { OfficeShow } from './OfficeShow';

export default {
  list: OfficeList,
  create: OfficeCreate,
  edit: OfficeEdit,
  show: OfficeShow,
  icon: BusinessIcon,
  recordRepresentation: 'code',
};
