import ForumIcon from '@mui/icons-material/Forum';
import { ResourceEmpty } from '../../../app/common/ResourceEmpty';

/** No discussion yet: they are added from a community's page, or here. */
export const CopDiscussionEmpty = () => <ResourceEmpty icon={ForumIcon} />;
