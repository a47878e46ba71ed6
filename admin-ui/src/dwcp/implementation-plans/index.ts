import EventNoteIcon from '@mui/icons-material/EventNote';
import { createElement } from 'react';
import { ImplementationPlanCreate } from './ImplementationPlanCreate';
import { ImplementationPlanEdit } from './ImplementationPlanEdit';
import { ImplementationPlanList } from './ImplementationPlanList';
import { ImplementationPlanShow } from './ImplementationPlanShow';
import { PlanRepresentation } from './PlanRepresentation';

export default {
  list: ImplementationPlanList,
  create: ImplementationPlanCreate,
  edit: ImplementationPlanEdit,
  show: ImplementationPlanShow,
  icon: EventNoteIcon,
  // "BGD 2009": a plan is its programme's country and its year.
  recordRepresentation: createElement(PlanRepresentation),
};
