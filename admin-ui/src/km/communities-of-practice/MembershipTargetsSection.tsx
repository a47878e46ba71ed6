import { Box, Skeleton, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import {
  Datagrid,
  NumberField,
  ReferenceManyField,
  TextField,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ChildSection } from '../../app/common/ChildSection';
import type { MembershipRow } from './MembershipChart';

// recharts is loaded when a community's page first shows a chart.
const MembershipChart = lazy(() => import('./MembershipChart').then((m) => ({ default: m.MembershipChart })));

/** The chart and the total, from the targets the list around it fetched. */
const MembershipSummary = () => {
  const translate = useTranslate();
  const community = useRecordContext<{ acronym: string; targetMembership: number }>();
  const { data } = useListContext<MembershipRow & { id: string }>();
  if (!data?.length || !community) return null;
  const current = data.reduce((sum, row) => sum + (row.currentMembers ?? 0), 0);
  const counted = data.some((row) => row.currentMembers != null);
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="body2" gutterBottom>
        {translate(
          counted
            ? 'resources.CommunityOfPractice.sections.membership_total'
            : 'resources.CommunityOfPractice.sections.membership_uncounted',
          { target: community.targetMembership, current, groups: data.length },
        )}
      </Typography>
      <Box
        role="img"
        aria-label={translate('resources.CommunityOfPractice.sections.membership_chart', {
          acronym: community.acronym,
        })}
      >
        <Suspense fallback={<Skeleton variant="rectangular" height={240} />}>
          <MembershipChart rows={data} />
        </Suspense>
      </Box>
    </Box>
  );
};

/** Membership targets by group against members so far: a table, then the same as a chart. */
export const MembershipTargetsSection = () => (
  <ChildSection
    parentKey="communityId"
    title="resources.CommunityOfPractice.sections.membership"
    resource="CopMembershipTarget"
    addLabel="resources.CommunityOfPractice.action.add_target"
  >
    <ReferenceManyField
      reference="CopMembershipTarget"
      target="communityId"
      sort={{ field: 'position', order: 'ASC' }}
      perPage={100}
      empty="resources.CommunityOfPractice.sections.no_targets"
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <NumberField source="position" />
        <TextField source="memberGroup" />
        <NumberField source="targetMembers" />
        <NumberField source="currentMembers" emptyText="—" />
      </Datagrid>
      <MembershipSummary />
    </ReferenceManyField>
  </ChildSection>
);
