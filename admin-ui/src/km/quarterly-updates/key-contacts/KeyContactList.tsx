import { Datagrid, EmailField, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { KeyContactEmpty } from './KeyContactEmpty';
import { keyContactFilters } from './KeyContactListFilter';

/** The people the quarterly updates name for more information. */
export const KeyContactList = () => (
  <List filters={keyContactFilters} sort={{ field: 'position', order: 'ASC' }} empty={<KeyContactEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="updateId" reference="QuarterlyUpdate" link="show" />
      <NumberField source="position" />
      <TextField source="name" />
      <TextField source="title" />
      <EmailField source="email" />
    </Datagrid>
  </List>
);
