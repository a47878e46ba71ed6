import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, regex, required } from 'react-admin';
import { Stack } from '@mui/material';
import { enumChoices } from '../../app/common/enumChoices';

/** The indicator itself, shared by create and edit; its components are edited separately. */
export const IndicatorInputs = () => (
  <>
    <ReferenceInput source="outcomeId" reference="Outcome" sort={{ field: 'number', order: 'ASC' }} perPage={100}>
      <AutocompleteInput label="resources.Indicator.fields.outcomeId" validate={required()} fullWidth />
    </ReferenceInput>
    <TextInput
      source="code"
      validate={[required(), regex(/^\d+\.\d+$/, 'resources.Indicator.validation.code')]}
      helperText="resources.Indicator.helper.code"
    />
    <TextInput source="title" validate={required()} multiline fullWidth />
    <TextInput source="description" multiline minRows={2} fullWidth />
    <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
      <SelectInput fullWidth={false} source="scope" choices={enumChoices('IndicatorScope')} validate={required()} />
      <SelectInput fullWidth={false} source="measure" choices={enumChoices('Measure')} validate={required()} />
      <TextInput fullWidth={false} source="unit" helperText="resources.Indicator.helper.unit" />
      <SelectInput fullWidth={false} source="aggregation" choices={enumChoices('Aggregation')} validate={required()} />
      <SelectInput fullWidth={false} source="direction" choices={enumChoices('Direction')} validate={required()} />
    </Stack>
  </>
);
