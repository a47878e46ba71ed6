import ForumIcon from '@mui/icons-material/Forum';
import { CopDiscussionCreate } from './CopDiscussionCreate';
import { CopDiscussionEdit } from './CopDiscussionEdit';
import { CopDiscussionList } from './CopDiscussionList';
import { CopDiscussionShow } from './CopDiscussionShow';

export default {
  list: CopDiscussionList,
  create: CopDiscussionCreate,
  edit: CopDiscussionEdit,
  show: CopDiscussionShow,
  icon: ForumIcon,
  recordRepresentation: 'topic',
};
