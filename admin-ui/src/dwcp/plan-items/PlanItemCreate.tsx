import { Create, SimpleForm } from 'react-admin';
import { PlanItemInputs } from './PlanItemInputs';

// Opened from a plan's page, the plan is already filled in (react-admin reads it from the link's state).
export const PlanItemCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'ACTIVITY', knowledgeSharing: false, componentIds: [] }}>
      <PlanItemInputs />
    </SimpleForm>
  </Create>
);
