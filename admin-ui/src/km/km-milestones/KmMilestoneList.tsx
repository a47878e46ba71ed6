import { Datagrid, List, ReferenceField, TextField } from 'react-admin';
import { KmMilestoneEmpty } from './KmMilestoneEmpty';
import { kmMilestoneFilters } from './KmMilestoneListFilter';
import { MilestoneDatesField } from './MilestoneDatesField';

/** Knowledge-management milestones and achievements, latest first. */
export const KmMilestoneList = () => (
  <List filters={kmMilestoneFilters} sort={{ field: 'startDate', order: 'DESC' }} empty={<KmMilestoneEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <MilestoneDatesField source="startDate" />
      <TextField source="title" />
      <ReferenceField source="officeId" reference="Office" link={false}>
        <TextField source="code" />
      </ReferenceField>
      <ReferenceField source="communityId" reference="CommunityOfPractice" link={false} emptyText="—">
        <TextField source="acronym" />
      </ReferenceField>
    </Datagrid>
  </List>
);
