import BusinessIcon from '@mui/icons-material/Business';
import { OfficeList } from './OfficeList';

export default {
  list: OfficeList,
  icon: BusinessIcon,
  recordRepresentation: 'code',
};
