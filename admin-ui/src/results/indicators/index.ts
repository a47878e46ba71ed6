import AssessmentIcon from '@mui/icons-material/Assessment';
import { IndicatorCreate } from './IndicatorCreate';
import { IndicatorEdit } from './IndicatorEdit';
import { IndicatorList } from './IndicatorList';
import { IndicatorShow } from './IndicatorShow';

export default {
  list: IndicatorList,
  create: IndicatorCreate,
  edit: IndicatorEdit,
  show: IndicatorShow,
  icon: AssessmentIcon,
  recordRepresentation: 'code',
};
