import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  ReferenceField,
  ReferenceManyField,
  TextField,
  useRecordContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { WorkAreaProgressField } from '../work-area-statuses/WorkAreaProgressField';

/** The area's status quarter by quarter, with a button to record another quarter. */
export const WorkAreaStatusesSection = () => {
  const translate = useTranslate();
  const area = useRecordContext();
  const { hasCreate } = useResourceDefinition({ resource: 'WorkAreaStatus' });
  return (
    <Box component="section" aria-labelledby="work-area-statuses-heading" sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2" id="work-area-statuses-heading">
          {translate('resources.WorkArea.sections.statuses')}
        </Typography>
        {hasCreate && area ? (
          <CreateButton
            resource="WorkAreaStatus"
            label="resources.WorkArea.action.add_status"
            state={{ record: { workAreaId: area.id } }}
          />
        ) : null}
      </Box>
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
    </Box>
  );
};
