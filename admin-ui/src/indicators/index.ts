import AssessmentIcon from '@mui/icons-material/Assessment';
import { IndicatorList } from './IndicatorList';

export default {
  list: IndicatorList,
  icon: AssessmentIcon,
  recordRepresentation: 'code',
};
