import { Datagrid, List, ReferenceField, TextField } from 'react-admin';
import { WorkAreaReferenceField } from './WorkAreaLabel';
import { WorkAreaProgressField } from './WorkAreaProgressField';
import { WorkAreaStatusEmpty } from './WorkAreaStatusEmpty';
import { workAreaStatusFilters } from './WorkAreaStatusListFilter';

/** Each work area's status, quarter by quarter. */
export const WorkAreaStatusList = () => (
  <List filters={workAreaStatusFilters} sort={{ field: 'periodId', order: 'DESC' }} empty={<WorkAreaStatusEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <WorkAreaReferenceField source="workAreaId" link={false} />
      <ReferenceField source="periodId" reference="ReportingPeriod" link={false}>
        <TextField source="code" />
      </ReferenceField>
      <WorkAreaProgressField source="status" />
      <TextField source="note" emptyText="—" />
    </Datagrid>
  </List>
);
