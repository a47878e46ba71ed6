import { Create, SimpleForm } from 'react-admin';
import { KmMilestoneInputs } from './KmMilestoneInputs';

export const KmMilestoneCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <KmMilestoneInputs />
    </SimpleForm>
  </Create>
);
