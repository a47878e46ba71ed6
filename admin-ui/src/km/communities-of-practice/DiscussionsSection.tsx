import { Datagrid, NumberField, ReferenceManyField, TextField } from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { ChildSection } from '../../app/common/ChildSection';

/** The community's moderated online discussions, oldest first. */
export const DiscussionsSection = () => (
  <ChildSection
    parentKey="communityId"
    title="resources.CommunityOfPractice.sections.discussions"
    resource="CopDiscussion"
    addLabel="resources.CommunityOfPractice.action.add_discussion"
  >
    <ReferenceManyField
      reference="CopDiscussion"
      target="communityId"
      sort={{ field: 'startDate', order: 'ASC' }}
      perPage={100}
      empty="resources.CommunityOfPractice.sections.no_discussions"
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="topic" />
        <LocaleDateField source="startDate" />
        <LocaleDateField source="endDate" />
        <TextField source="moderator" emptyText="—" />
        <NumberField source="reach" emptyText="—" />
      </Datagrid>
    </ReferenceManyField>
  </ChildSection>
);
