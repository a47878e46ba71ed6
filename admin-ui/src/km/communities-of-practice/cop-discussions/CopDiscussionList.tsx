import { Datagrid, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { LocaleDateField } from '../../../app/common/LocaleDateField';
import { CopDiscussionEmpty } from './CopDiscussionEmpty';
import { copDiscussionFilters } from './CopDiscussionListFilter';

/** The communities' moderated online discussions, latest first. */
export const CopDiscussionList = () => (
  <List filters={copDiscussionFilters} sort={{ field: 'startDate', order: 'DESC' }} empty={<CopDiscussionEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="communityId" reference="CommunityOfPractice" link={false}>
        <TextField source="acronym" />
      </ReferenceField>
      <TextField source="topic" />
      <LocaleDateField source="startDate" />
      <LocaleDateField source="endDate" />
      <TextField source="moderator" emptyText="—" />
      <NumberField source="reach" emptyText="—" />
    </Datagrid>
  </List>
);
