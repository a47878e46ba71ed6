import { Datagrid, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { CommunityOfPracticeEmpty } from './CommunityOfPracticeEmpty';
import { communityOfPracticeFilters } from './CommunityOfPracticeListFilter';
import { CommunityStatusField } from './CommunityStatusField';

/** The communities of practice the offices sponsor, with their target membership. */
export const CommunityOfPracticeList = () => (
  <List
    filters={communityOfPracticeFilters}
    sort={{ field: 'acronym', order: 'ASC' }}
    empty={<CommunityOfPracticeEmpty />}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="acronym" />
      <TextField source="name" />
      <TextField source="theme" />
      <ReferenceField source="officeId" reference="Office" link={false}>
        <TextField source="code" />
      </ReferenceField>
      <CommunityStatusField source="status" />
      <LocaleDateField source="launchDate" emptyText="—" />
      <NumberField source="targetMembership" sortable={false} />
    </Datagrid>
  </List>
);
