import { Box } from '@mui/material';
import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField, UrlField } from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { CommunityStatusField } from './CommunityStatusField';
import { DiscussionsSection } from './DiscussionsSection';
import { MembershipTargetsSection } from './MembershipTargetsSection';

/** A community of practice, its membership targets by group and its moderated discussions. */
export const CommunityOfPracticeShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="acronym" />
      <TextField source="name" />
      <TextField source="theme" />
      <ReferenceField source="officeId" reference="Office" link="show">
        <TextField source="code" />
      </ReferenceField>
      <CommunityStatusField source="status" />
      <LocaleDateField source="launchDate" emptyText="—" />
      <UrlField source="address" emptyText="—" target="_blank" rel="noopener" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <NumberField source="targetMembership" />
    </SimpleShowLayout>
    <Box sx={{ px: 2, pb: 2 }}>
      <MembershipTargetsSection />
      <DiscussionsSection />
    </Box>
  </Show>
);
