import GroupsIcon from '@mui/icons-material/Groups';
import { CommunityOfPracticeCreate } from './CommunityOfPracticeCreate';
import { CommunityOfPracticeEdit } from './CommunityOfPracticeEdit';
import { CommunityOfPracticeList } from './CommunityOfPracticeList';
import { CommunityOfPracticeShow } from './CommunityOfPracticeShow';

export default {
  list: CommunityOfPracticeList,
  create: CommunityOfPracticeCreate,
  edit: CommunityOfPracticeEdit,
  show: CommunityOfPracticeShow,
  icon: GroupsIcon,
  recordRepresentation: 'acronym',
};
