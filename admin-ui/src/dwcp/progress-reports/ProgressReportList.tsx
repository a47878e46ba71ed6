import { Datagrid, List, NumberField } from 'react-admin';
import { progressReportFilters } from './progressReportFilters';
import { ProgressReportEmpty } from './ProgressReportEmpty';
import { reportColumns } from './ReportColumns';

export const ProgressReportList = () => (
  <List filters={progressReportFilters} sort={{ field: 'periodId', order: 'DESC' }} empty={<ProgressReportEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      {reportColumns}
      <NumberField source="version" />
    </Datagrid>
  </List>
);
