import ContactMailIcon from '@mui/icons-material/ContactMail';
import { ResourceEmpty } from '../../../app/common/ResourceEmpty';

/** No contact yet: they are added from a quarterly update's page, or here. */
export const KeyContactEmpty = () => <ResourceEmpty icon={ContactMailIcon} />;
