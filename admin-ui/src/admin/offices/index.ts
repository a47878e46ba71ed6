import BusinessIcon from '@mui/icons-material/Business';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const OfficeCreate = lazyPage(() => import('./OfficeCreate'), 'OfficeCreate');
const OfficeEdit = lazyPage(() => import('./OfficeEdit'), 'OfficeEdit');
const OfficeList = lazyPage(() => import('./OfficeList'), 'OfficeList');
const OfficeShow = lazyPage(() => import('./OfficeShow'), 'OfficeShow');

export default {
  list: OfficeList,
  create: OfficeCreate,
  edit: OfficeEdit,
  show: OfficeShow,
  icon: BusinessIcon,
  recordRepresentation: 'code',
};
