import { Datagrid, FunctionField, List, ReferenceField, SearchInput, TextField, TextInput } from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <TextInput key="code" source="code" />];

export const OfficeList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="type" />
      <ReferenceField source="parentId" reference="Office" link="show" emptyText="—">
        <TextField source="code" />
      </ReferenceField>
      <FunctionField source="countries" render={(office: { countries: string[] }) => office.countries.join(', ')} />
    </Datagrid>
  </List>
);
