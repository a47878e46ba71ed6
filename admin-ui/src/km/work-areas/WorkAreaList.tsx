import { Datagrid, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { WorkAreaEmpty } from './WorkAreaEmpty';
import { workAreaFilters } from './WorkAreaListFilter';

/** Each office's numbered knowledge-management areas of work. */
export const WorkAreaList = () => (
  <List filters={workAreaFilters} sort={{ field: 'number', order: 'ASC' }} empty={<WorkAreaEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="officeId" reference="Office" link={false}>
        <TextField source="code" />
      </ReferenceField>
      <NumberField source="number" />
      <TextField source="title" />
      <TextField source="description" emptyText="—" />
    </Datagrid>
  </List>
);
