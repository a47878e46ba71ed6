import GroupsIcon from '@mui/icons-material/Groups';
import { ResourceEmpty } from '../../app/common/ResourceEmpty';

/** No community yet: says what to do next, and offers Create to those who may. */
export const CommunityOfPracticeEmpty = () => <ResourceEmpty icon={GroupsIcon} />;
