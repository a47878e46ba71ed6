import { ArrayInput, NumberInput, SimpleFormIterator, TextArrayInput, TextInput, required } from 'react-admin';
import { Stack } from '@mui/material';

const field = (name: string) => `resources.IndicatorResult.fields.${name}`;

const links = (values: unknown) =>
  Array.isArray(values) && values.some((v) => !/^https?:\/\/\S+$/.test(String(v)))
    ? 'resources.IndicatorResult.validation.evidenceLinks'
    : undefined;

/** Disaggregations and evidence, shared by create and edit. */
export const DisaggregationAndEvidenceInputs = () => (
  <>
    <ArrayInput source="disaggregations" helperText="resources.IndicatorResult.helper.disaggregations">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="dimension" label={field('dimension')} validate={required()} helperText={false} />
        <TextInput source="category" label={field('category')} validate={required()} helperText={false} />
        <NumberInput source="value" label={field('value')} validate={required()} helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
    <Stack sx={{ width: '100%' }}>
      <TextArrayInput
        source="evidenceLinks"
        validate={links}
        helperText="resources.IndicatorResult.helper.evidenceLinks"
      />
    </Stack>
  </>
);

type ResultValues = Record<string, unknown>;

/**
 * The fields the form edits, a cleared one as null, and the lists always (empty clears them). The
 * rows may keep the `__typename` they were read with: the API drops what an input does not declare.
 */
export const toResultArgs = (keys: readonly string[]) => (values: ResultValues) => ({
  ...Object.fromEntries(keys.filter((key) => key in values).map((key) => [key, values[key] ?? null])),
  disaggregations: values.disaggregations ?? [],
  evidenceLinks: values.evidenceLinks ?? [],
});
