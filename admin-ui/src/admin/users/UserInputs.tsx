import {
  AutocompleteArrayInput,
  BooleanInput,
  PasswordInput,
  ReferenceArrayInput,
  SelectInput,
  TextInput,
  email,
  minLength,
  required,
} from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

/** Shared by create and edit: a password is required on create, and optional on edit (it replaces the old one). */
export const UserInputs = ({ isCreate = false }: { isCreate?: boolean }) => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="email" type="email" validate={[required(), email()]} />
    <SelectInput source="role" choices={enumChoices('Role')} validate={required()} />
    <ReferenceArrayInput source="officeIds" reference="Office" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
      <AutocompleteArrayInput label="resources.User.fields.officeIds" optionText="code" />
    </ReferenceArrayInput>
    <BooleanInput source="active" />
    <PasswordInput
      source="password"
      autoComplete="new-password"
      validate={isCreate ? [required(), minLength(10)] : minLength(10)}
      helperText={isCreate ? 'resources.User.helper.password' : 'resources.User.helper.newPassword'}
    />
  </>
);
