import PeopleIcon from '@mui/icons-material/People';
import {
  BooleanField,
  ChipField,
  Datagrid,
  EmailField,
  List,
  NullableBooleanInput,
  ReferenceArrayField,
  SearchInput,
  SelectInput,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { EnumField } from '../../app/common/EnumField';
import { enumChoices } from '../../app/common/enumChoices';
import { ResourceEmpty } from '../../app/common/ResourceEmpty';

/** The UserFilter inputs of the API. */
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('Role')} />,
  <NullableBooleanInput key="active" source="active" />,
];

export const UserEmpty = () => <ResourceEmpty icon={PeopleIcon} />;

export const UserList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} empty={<UserEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <EmailField source="email" />
      <EnumField source="role" enumName="Role" label="resources.User.fields.role" />
      <ReferenceArrayField source="officeIds" reference="Office" sortable={false}>
        <SingleFieldList linkType="show">
          <ChipField source="code" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <BooleanField source="active" />
      <LocaleDateField source="lastLoginAt" showTime emptyText="—" />
    </Datagrid>
  </List>
);
