import { AutocompleteInput, NumberInput, ReferenceInput, TextInput, required } from 'react-admin';

const field = (name: string) => `resources.IntermediateTarget.fields.${name}`;

/** Period, value and narrative of one intermediate target, on one line. */
export const IntermediateTargetInputs = () => (
  <>
    <ReferenceInput source="periodId" reference="ReportingPeriod" sort={{ field: 'startDate', order: 'ASC' }}>
      <AutocompleteInput
        fullWidth={false}
        label={field('periodId')}
        optionText="code"
        validate={required()}
        helperText={false}
        sx={{ minWidth: 160 }}
      />
    </ReferenceInput>
    <ReferenceInput source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput
        fullWidth={false}
        label={field('officeId')}
        optionText="code"
        helperText={false}
        sx={{ minWidth: 160 }}
      />
    </ReferenceInput>
    <NumberInput fullWidth={false} source="value" label={field('value')} helperText={false} sx={{ maxWidth: 160 }} />
    <TextInput
      fullWidth={false}
      source="narrative"
      label={field('narrative')}
      helperText={false}
      multiline
      sx={{ flex: 1, minWidth: 240 }}
    />
  </>
);

export const TARGET_FIELDS = ['periodId', 'officeId', 'value', 'narrative'] as const;
