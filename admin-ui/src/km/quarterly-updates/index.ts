import ArticleIcon from '@mui/icons-material/Article';
import { createElement } from 'react';
import { QuarterlyUpdateCreate } from './QuarterlyUpdateCreate';
import { QuarterlyUpdateEdit } from './QuarterlyUpdateEdit';
import { QuarterlyUpdateList } from './QuarterlyUpdateList';
import { QuarterlyUpdateShow } from './QuarterlyUpdateShow';
import { UpdateRepresentation } from './UpdateRepresentation';

export default {
  list: QuarterlyUpdateList,
  create: QuarterlyUpdateCreate,
  edit: QuarterlyUpdateEdit,
  show: QuarterlyUpdateShow,
  icon: ArticleIcon,
  // "ROAP 2009-Q2": an update is its office and its quarter.
  recordRepresentation: createElement(UpdateRepresentation),
};
