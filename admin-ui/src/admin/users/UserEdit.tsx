import { Edit, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

/** An empty password field keeps the current password. */
const keepPasswordUnlessTyped = ({ password, ...data }: { password?: string | null }) =>
  password ? { ...data, password } : data;

export const UserEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic" transform={keepPasswordUnlessTyped}>
    <SimpleForm>
      <UserInputs />
    </SimpleForm>
  </Edit>
);
