import { NumberInput, SelectInput, TextInput, required, useGetOne } from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

/**
 * What a result records follows its component's measure: a number or percentage,
 * a milestone status, or a narrative (always allowed as a comment, required for narrative measures).
 */
export const MeasureInputs = ({ componentId }: { componentId?: string }) => {
  const { data: component } = useGetOne<{ id: string; effectiveMeasure: string }>(
    'IndicatorComponent',
    { id: componentId ?? '' },
    { enabled: Boolean(componentId) },
  );
  const measure = component?.effectiveMeasure;
  return (
    <>
      {measure === 'NUMBER' || measure === 'PERCENT' ? (
        <NumberInput
          source="value"
          validate={required()}
          helperText={measure === 'PERCENT' ? 'resources.IndicatorResult.helper.percent' : false}
        />
      ) : null}
      {measure === 'MILESTONE' ? (
        <SelectInput source="milestoneStatus" choices={enumChoices('MilestoneStatus')} validate={required()} />
      ) : null}
      <TextInput
        source="narrative"
        multiline
        minRows={3}
        fullWidth
        validate={measure === 'TEXT' ? required() : undefined}
      />
    </>
  );
};
