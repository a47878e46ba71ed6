import ForumIcon from '@mui/icons-material/Forum';
import { lazyPage } from '../../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const CopDiscussionCreate = lazyPage(() => import('./CopDiscussionCreate'), 'CopDiscussionCreate');
const CopDiscussionEdit = lazyPage(() => import('./CopDiscussionEdit'), 'CopDiscussionEdit');
const CopDiscussionList = lazyPage(() => import('./CopDiscussionList'), 'CopDiscussionList');
const CopDiscussionShow = lazyPage(() => import('./CopDiscussionShow'), 'CopDiscussionShow');

export default {
  list: CopDiscussionList,
  create: CopDiscussionCreate,
  edit: CopDiscussionEdit,
  show: CopDiscussionShow,
  icon: ForumIcon,
  recordRepresentation: 'topic',
};
