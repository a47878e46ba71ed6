import { Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

const field = (name: string) => `resources.IndicatorComponent.fields.${name}`;

/**
 * One part (i), (ii)... of an indicator: its own measure where it differs, unit, baseline and target.
 * Used in the create form's list of parts and in each part's inline form on the edit page.
 */
export const ComponentInputs = ({ withValueRule = false }: { withValueRule?: boolean }) => (
  <Stack sx={{ width: '100%' }}>
    <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
      <SelectInput
        fullWidth={false}
        source="measure"
        label={field('measure')}
        choices={enumChoices('Measure')}
        emptyText="resources.IndicatorComponent.sameMeasure"
        helperText={false}
      />
      <TextInput fullWidth={false} source="unit" label={field('unit')} helperText={false} />
    </Stack>
    <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
      <NumberInput fullWidth={false} source="baselineValue" label={field('baselineValue')} helperText={false} />
      <DateInput fullWidth={false} source="baselineDate" label={field('baselineDate')} helperText={false} />
      <TextInput
        fullWidth={false}
        source="baselineNarrative"
        label={field('baselineNarrative')}
        multiline
        helperText={false}
        sx={{ flex: 1, minWidth: 280 }}
      />
    </Stack>
    <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
      <NumberInput fullWidth={false} source="targetValue" label={field('targetValue')} helperText={false} />
      <ReferenceInput source="targetPeriodId" reference="ReportingPeriod" sort={{ field: 'startDate', order: 'ASC' }}>
        <AutocompleteInput
          fullWidth={false}
          label={field('targetPeriodId')}
          optionText="code"
          helperText="resources.IndicatorComponent.helper.targetPeriodId"
          sx={{ minWidth: 260 }}
        />
      </ReferenceInput>
      <TextInput
        fullWidth={false}
        source="targetNarrative"
        label={field('targetNarrative')}
        multiline
        helperText={false}
        sx={{ flex: 1, minWidth: 280 }}
      />
    </Stack>
    {withValueRule ? <ValueRuleInputs /> : null}
  </Stack>
);

/**
 * What a plausible value of this part is. The server checks every baseline, target and result against it
 * (form, template import and submission alike); here they are only entered.
 */
const ValueRuleInputs = () => {
  const translate = useTranslate();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>
        <Typography variant="subtitle2" component="span">
          {translate('resources.IndicatorComponent.valueRule')}
        </Typography>
      </legend>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <NumberInput
          fullWidth={false}
          source="minValue"
          label={field('minValue')}
          helperText="resources.IndicatorComponent.helper.minValue"
        />
        <NumberInput
          fullWidth={false}
          source="maxValue"
          label={field('maxValue')}
          helperText="resources.IndicatorComponent.helper.maxValue"
        />
        <BooleanInput
          source="wholeNumber"
          label={field('wholeNumber')}
          helperText="resources.IndicatorComponent.helper.wholeNumber"
        />
        <NumberInput
          fullWidth={false}
          source="jumpFactor"
          label={field('jumpFactor')}
          helperText="resources.IndicatorComponent.helper.jumpFactor"
          sx={{ minWidth: 260 }}
        />
        <BooleanInput
          source="officeTargetsAddUp"
          label={field('officeTargetsAddUp')}
          helperText="resources.IndicatorComponent.helper.officeTargetsAddUp"
        />
      </Stack>
    </fieldset>
  );
};

/** The fields a component's create and update mutations take. */
export const COMPONENT_FIELDS = [
  'measure',
  'unit',
  'baselineValue',
  'baselineDate',
  'baselineNarrative',
  'targetValue',
  'targetNarrative',
  'targetPeriodId',
] as const;

/**
 * The rule fields, edited only on a saved part: a new part takes its measure's defaults on the server
 * (counts whole and never negative, percentages 0-100), which a blank form would otherwise overwrite.
 */
export const VALUE_RULE_FIELDS = ['minValue', 'maxValue', 'wholeNumber', 'jumpFactor', 'officeTargetsAddUp'] as const;

/** Keeps only the given fields, so no read-only field or __typename reaches a mutation. */
export const pick = <K extends string>(values: Record<string, unknown>, keys: readonly K[]) =>
  Object.fromEntries(keys.filter((key) => key in values).map((key) => [key, values[key] ?? null])) as Record<
    K,
    unknown
  >;
