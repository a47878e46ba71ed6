import PublicIcon from '@mui/icons-material/Public';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const CountryProgrammeCreate = lazyPage(() => import('./CountryProgrammeCreate'), 'CountryProgrammeCreate');
const CountryProgrammeEdit = lazyPage(() => import('./CountryProgrammeEdit'), 'CountryProgrammeEdit');
const CountryProgrammeList = lazyPage(() => import('./CountryProgrammeList'), 'CountryProgrammeList');
const CountryProgrammeShow = lazyPage(() => import('./CountryProgrammeShow'), 'CountryProgrammeShow');

export default {
  list: CountryProgrammeList,
  create: CountryProgrammeCreate,
  edit: CountryProgrammeEdit,
  show: CountryProgrammeShow,
  icon: PublicIcon,
  recordRepresentation: 'title',
};
