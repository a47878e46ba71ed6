import EventIcon from '@mui/icons-material/Event';
import { Datagrid, List, TextField } from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { EnumField } from '../../app/common/EnumField';
import { ResourceEmpty } from '../../app/common/ResourceEmpty';
import { PeriodStatusField } from './PeriodStatusField';
import { reportingPeriodFilters } from './ReportingPeriodListFilter';

export const ReportingPeriodEmpty = () => <ResourceEmpty icon={EventIcon} />;

export const ReportingPeriodList = () => (
  <List filters={reportingPeriodFilters} sort={{ field: 'startDate', order: 'DESC' }} empty={<ReportingPeriodEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <EnumField source="kind" enumName="PeriodKind" label="resources.ReportingPeriod.fields.kind" />
      <LocaleDateField source="startDate" />
      <LocaleDateField source="endDate" />
      <LocaleDateField source="dueDate" />
      <PeriodStatusField source="status" label="resources.ReportingPeriod.fields.status" />
    </Datagrid>
  </List>
);
