import ContactMailIcon from '@mui/icons-material/ContactMail';
import { lazyPage } from '../../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const KeyContactCreate = lazyPage(() => import('./KeyContactCreate'), 'KeyContactCreate');
const KeyContactEdit = lazyPage(() => import('./KeyContactEdit'), 'KeyContactEdit');
const KeyContactList = lazyPage(() => import('./KeyContactList'), 'KeyContactList');
const KeyContactShow = lazyPage(() => import('./KeyContactShow'), 'KeyContactShow');

export default {
  list: KeyContactList,
  create: KeyContactCreate,
  edit: KeyContactEdit,
  show: KeyContactShow,
  icon: ContactMailIcon,
  recordRepresentation: 'name',
};
