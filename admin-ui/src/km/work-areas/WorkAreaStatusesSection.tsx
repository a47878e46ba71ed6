import { Datagrid, ReferenceField, ReferenceManyField, TextField } from 'react-admin';
import { ChildSection } from '../../app/common/ChildSection';
import { WorkAreaProgressField } from './work-area-statuses/WorkAreaProgressField';

/** The area's status quarter by quarter, with a button to record another quarter. */
export const WorkAreaStatusesSection = () => (
  <ChildSection
    parentKey="workAreaId"
    title="resources.WorkArea.sections.statuses"
    resource="WorkAreaStatus"
    addLabel="resources.WorkArea.action.add_status"
  >
    <ReferenceManyField
      reference="WorkAreaStatus"
      target="workAreaId"
      sort={{ field: 'periodId', order: 'DESC' }}
      perPage={100}
      empty="resources.WorkArea.sections.no_statuses"
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ReferenceField source="periodId" reference="ReportingPeriod" link={false}>
          <TextField source="code" />
        </ReferenceField>
        <WorkAreaProgressField source="status" />
        <TextField source="note" emptyText="—" />
      </Datagrid>
    </ReferenceManyField>
  </ChildSection>
);
