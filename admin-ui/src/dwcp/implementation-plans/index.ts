import EventNoteIcon from '@mui/icons-material/EventNote';
import { createElement } from 'react';
import { PlanRepresentation } from './PlanRepresentation';
import { lazyPage } from '../../app/common/lazyPage';

// Each page is downloaded when first opened (app/common/lazyPage.ts).
const ImplementationPlanCreate = lazyPage(() => import('./ImplementationPlanCreate'), 'ImplementationPlanCreate');
const ImplementationPlanEdit = lazyPage(() => import('./ImplementationPlanEdit'), 'ImplementationPlanEdit');
const ImplementationPlanList = lazyPage(() => import('./ImplementationPlanList'), 'ImplementationPlanList');
const ImplementationPlanShow = lazyPage(() => import('./ImplementationPlanShow'), 'ImplementationPlanShow');

export default {
  list: ImplementationPlanList,
  create: ImplementationPlanCreate,
  edit: ImplementationPlanEdit,
  show: ImplementationPlanShow,
  icon: EventNoteIcon,
  // "BGD 2009": a plan is its programme's country and its year.
  recordRepresentation: createElement(PlanRepresentation),
};
