import { Box } from '@mui/material';
import { createElement } from 'react';
import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { enumChoices } from '../../../app/common/enumChoices';
import { WorkAreaLabel } from './WorkAreaLabel';

const quarter = { kind: 'QUARTER' };
const byStart = { field: 'startDate', order: 'DESC' } as const;
const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%', '& > *': { flex: '1 1 220px' } } as const;

/** A work area's status for one quarter; area and quarter stay once saved (one status per area and quarter). */
export const WorkAreaStatusInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="workAreaId" reference="WorkArea" sort={{ field: 'number', order: 'ASC' }} perPage={100}>
      <SelectInput
        label="resources.WorkAreaStatus.fields.workAreaId"
        optionText={createElement(WorkAreaLabel)}
        validate={required()}
        readOnly={edit}
        fullWidth
      />
    </ReferenceInput>
    <Box sx={row}>
      <ReferenceInput source="periodId" reference="ReportingPeriod" filter={quarter} sort={byStart} perPage={100}>
        <AutocompleteInput
          label="resources.WorkAreaStatus.fields.periodId"
          optionText="code"
          validate={required()}
          readOnly={edit}
        />
      </ReferenceInput>
      <SelectInput source="status" choices={enumChoices('WorkAreaProgress')} validate={required()} />
    </Box>
    <TextInput source="note" multiline minRows={2} fullWidth />
  </>
);
