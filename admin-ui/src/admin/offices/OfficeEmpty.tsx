import BusinessIcon from '@mui/icons-material/Business';
import { ResourceEmpty } from '../../app/common/ResourceEmpty';

export const OfficeEmpty = () => <ResourceEmpty icon={BusinessIcon} />;
