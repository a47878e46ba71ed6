import { Datagrid, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { CriticalIssueEmpty } from './CriticalIssueEmpty';
import { criticalIssueFilters } from './CriticalIssueListFilter';

/** The critical issues and challenges raised in the quarterly updates. */
export const CriticalIssueList = () => (
  <List filters={criticalIssueFilters} sort={{ field: 'position', order: 'ASC' }} empty={<CriticalIssueEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="updateId" reference="QuarterlyUpdate" link="show" />
      <NumberField source="position" />
      <TextField source="title" />
      <TextField source="description" />
    </Datagrid>
  </List>
);
