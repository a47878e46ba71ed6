import { Box } from '@mui/material';
import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';

const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%', '& > *': { flex: '1 1 220px' } } as const;
const quarter = { kind: 'QUARTER' };
const latestFirst = { field: 'startDate', order: 'DESC' } as const;

/** A sentence that introduces a part of the document. */
const Intro = ({ source }: { source: string }) => (
  <TextInput source={source} multiline helperText="resources.QuarterlyUpdate.helpers.intro" fullWidth />
);

/**
 * An update's inputs, shared by Create and Edit. There is one update per office and quarter, and the API
 * keeps both once created, so Edit shows them read-only.
 */
export const QuarterlyUpdateInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <Box sx={row}>
      <ReferenceInput source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput
          label="resources.QuarterlyUpdate.fields.officeId"
          optionText="code"
          validate={required()}
          readOnly={edit}
        />
      </ReferenceInput>
      <ReferenceInput source="periodId" reference="ReportingPeriod" filter={quarter} sort={latestFirst} perPage={100}>
        <AutocompleteInput
          label="resources.QuarterlyUpdate.fields.periodId"
          optionText="code"
          validate={required()}
          readOnly={edit}
        />
      </ReferenceInput>
    </Box>
    <Box sx={row}>
      <TextInput source="authors" validate={required()} helperText="resources.QuarterlyUpdate.helpers.authors" />
      <TextInput source="areaOfWork" validate={required()} helperText="resources.QuarterlyUpdate.helpers.areaOfWork" />
    </Box>
    <TextInput source="executiveSummary" validate={required()} multiline minRows={4} fullWidth />
    <Intro source="milestonesIntro" />
    <Intro source="workInProgressIntro" />
    <TextInput source="workInProgressConclusion" multiline minRows={2} fullWidth />
    <Intro source="issuesIntro" />
    <Intro source="contactsIntro" />
  </>
);
