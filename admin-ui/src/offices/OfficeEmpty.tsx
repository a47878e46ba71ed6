import BusinessIcon from '@mui/icons-material/Business';
import { ResourceEmpty } from '../common/ResourceEmpty';

export const OfficeEmpty = () => <ResourceEmpty icon={BusinessIcon} />;
