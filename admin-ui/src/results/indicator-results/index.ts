import InsightsIcon from '@mui/icons-material/Insights';
import { IndicatorResultCreate } from './IndicatorResultCreate';
import { IndicatorResultEdit } from './IndicatorResultEdit';
import { IndicatorResultList } from './IndicatorResultList';
import { IndicatorResultShow } from './IndicatorResultShow';

export default {
  list: IndicatorResultList,
  create: IndicatorResultCreate,
  edit: IndicatorResultEdit,
  show: IndicatorResultShow,
  icon: InsightsIcon,
  recordRepresentation: (record: { id: string }) => `#${record.id}`,
};
