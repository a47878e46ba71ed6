import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const ResultsFrameworkCreate = lazyPage(() => import('./ResultsFrameworkCreate'), 'ResultsFrameworkCreate');
const ResultsFrameworkEdit = lazyPage(() => import('./ResultsFrameworkEdit'), 'ResultsFrameworkEdit');
const ResultsFrameworkList = lazyPage(() => import('./ResultsFrameworkList'), 'ResultsFrameworkList');
const ResultsFrameworkShow = lazyPage(() => import('./ResultsFrameworkShow'), 'ResultsFrameworkShow');

export default {
  list: ResultsFrameworkList,
  create: ResultsFrameworkCreate,
  edit: ResultsFrameworkEdit,
  show: ResultsFrameworkShow,
  icon: AccountTreeIcon,
  recordRepresentation: 'title',
};
