import { ArrayInput, Create, SimpleForm, SimpleFormIterator, required, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { COMPONENT_FIELDS, ComponentInputs, pick } from './ComponentInputs';
import { IndicatorInputs } from './IndicatorInputs';

interface IndicatorDraft {
  components?: Record<string, unknown>[];
  [key: string]: unknown;
}

/** Sends the parts as the IndicatorComponentInput list createIndicator takes. */
const toCreateArgs = ({ components = [], ...indicator }: IndicatorDraft) => ({
  ...indicator,
  components: components.map((component) => pick(component ?? {}, COMPONENT_FIELDS)),
});

const atLeastOne = (components: unknown) =>
  Array.isArray(components) && components.length > 0 ? undefined : 'resources.Indicator.validation.components';

/** An indicator comes with at least one part (i); more can be added here or later on the edit page. */
export const IndicatorCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="edit" transform={toCreateArgs}>
      <SimpleForm defaultValues={{ aggregation: 'LATEST', direction: 'INCREASE', components: [{}] }}>
        <IndicatorInputs />
        <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
          {translate('resources.Indicator.fields.components')}
        </Typography>
        <ArrayInput source="components" label={false} validate={[required(), atLeastOne]}>
          <SimpleFormIterator inline={false} getItemLabel={(index) => `(${toRoman(index + 1)})`} disableReordering>
            <ComponentInputs />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Create>
  );
};

/** The labels the API will give the parts: (i), (ii), (iii)... */
export const toRoman = (n: number) =>
  [
    ['x', 10],
    ['ix', 9],
    ['v', 5],
    ['iv', 4],
    ['i', 1],
  ].reduce<[string, number]>(
    ([out, rest], [sym, val]) => [out + String(sym).repeat(Math.floor(rest / Number(val))), rest % Number(val)],
    ['', n],
  )[0];
