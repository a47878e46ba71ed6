import { Datagrid, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { CopMembershipTargetEmpty } from './CopMembershipTargetEmpty';
import { copMembershipTargetFilters } from './CopMembershipTargetListFilter';

/** How many members each community aims for, group by group. */
export const CopMembershipTargetList = () => (
  <List
    filters={copMembershipTargetFilters}
    sort={{ field: 'position', order: 'ASC' }}
    empty={<CopMembershipTargetEmpty />}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="communityId" reference="CommunityOfPractice" link={false}>
        <TextField source="acronym" />
      </ReferenceField>
      <NumberField source="position" />
      <TextField source="memberGroup" />
      <NumberField source="targetMembers" />
      <NumberField source="currentMembers" emptyText="—" />
    </Datagrid>
  </List>
);
