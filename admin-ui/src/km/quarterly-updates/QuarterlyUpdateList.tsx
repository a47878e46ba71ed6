import { Datagrid, FunctionField, List, ReferenceField, TextField } from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { QuarterlyUpdateEmpty } from './QuarterlyUpdateEmpty';
import { quarterlyUpdateFilters } from './QuarterlyUpdateListFilter';

const count = (field: 'milestones' | 'criticalIssues') => (update: Record<string, unknown[] | undefined>) =>
  update[field]?.length ?? 0;

/** Each office's knowledge-management updates, latest quarter first. */
export const QuarterlyUpdateList = () => (
  <List filters={quarterlyUpdateFilters} sort={{ field: 'periodId', order: 'DESC' }} empty={<QuarterlyUpdateEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="periodId" reference="ReportingPeriod" link={false}>
        <TextField source="code" />
      </ReferenceField>
      <ReferenceField source="officeId" reference="Office" link={false}>
        <TextField source="code" />
      </ReferenceField>
      <TextField source="areaOfWork" />
      <TextField source="authors" />
      <FunctionField source="milestones" sortable={false} render={count('milestones')} />
      <FunctionField source="criticalIssues" sortable={false} render={count('criticalIssues')} />
      <LocaleDateField source="updatedAt" />
    </Datagrid>
  </List>
);
