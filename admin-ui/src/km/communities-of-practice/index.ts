import GroupsIcon from '@mui/icons-material/Groups';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const CommunityOfPracticeCreate = lazyPage(() => import('./CommunityOfPracticeCreate'), 'CommunityOfPracticeCreate');
const CommunityOfPracticeEdit = lazyPage(() => import('./CommunityOfPracticeEdit'), 'CommunityOfPracticeEdit');
const CommunityOfPracticeList = lazyPage(() => import('./CommunityOfPracticeList'), 'CommunityOfPracticeList');
const CommunityOfPracticeShow = lazyPage(() => import('./CommunityOfPracticeShow'), 'CommunityOfPracticeShow');

export default {
  list: CommunityOfPracticeList,
  create: CommunityOfPracticeCreate,
  edit: CommunityOfPracticeEdit,
  show: CommunityOfPracticeShow,
  icon: GroupsIcon,
  recordRepresentation: 'acronym',
};
