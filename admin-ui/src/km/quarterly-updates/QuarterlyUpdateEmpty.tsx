import ArticleIcon from '@mui/icons-material/Article';
import { ResourceEmpty } from '../../app/common/ResourceEmpty';

/** No update yet: says what to do next, and offers Create to those who may. */
export const QuarterlyUpdateEmpty = () => <ResourceEmpty icon={ArticleIcon} />;
