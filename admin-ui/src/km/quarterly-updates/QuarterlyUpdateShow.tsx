import { Box, Typography } from '@mui/material';
import { EditButton, Show, TopToolbar, useRecordContext, useResourceDefinition, useTranslate } from 'react-admin';
import { KmUpdateDownloadButton } from '../exports/KmUpdateDownloadButton';
import { UpdateContacts } from './UpdateContacts';
import { UpdateIssues } from './UpdateIssues';
import { UpdateMilestones } from './UpdateMilestones';
import { UpdateTitle } from './UpdateRepresentation';
import { UpdateTitleBlock } from './UpdateTitleBlock';
import { UpdateWorkInProgress } from './UpdateWorkInProgress';

const ExecutiveSummary = () => {
  const translate = useTranslate();
  const update = useRecordContext<{ executiveSummary: string }>();
  return (
    <Box component="section" aria-labelledby="update-summary" sx={{ mt: 4 }}>
      <Typography variant="h6" component="h2" id="update-summary" gutterBottom>
        {translate('resources.QuarterlyUpdate.document.summary')}
      </Typography>
      <Typography variant="body1" sx={{ whiteSpace: 'pre-line' }}>
        {update?.executiveSummary}
      </Typography>
    </Box>
  );
};

/** Download the workbook of the update's office and quarter; edit where the role may. */
const UpdateActions = () => {
  const update = useRecordContext<{ officeId: string; periodId: string }>();
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      {update ? <KmUpdateDownloadButton officeId={String(update.officeId)} periodId={String(update.periodId)} /> : null}
      {hasEdit ? <EditButton /> : null}
    </TopToolbar>
  );
};

/** The update as the document the office circulates, in the order of its paper form. */
export const QuarterlyUpdateShow = () => (
  <Show title={<UpdateTitle />} actions={<UpdateActions />}>
    <Box component="article" sx={{ p: { xs: 2, md: 4 }, maxWidth: 960, mx: 'auto' }}>
      <UpdateTitleBlock />
      <ExecutiveSummary />
      <UpdateMilestones />
      <UpdateWorkInProgress />
      <UpdateIssues />
      <UpdateContacts />
    </Box>
  </Show>
);
