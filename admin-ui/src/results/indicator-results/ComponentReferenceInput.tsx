import { AutocompleteInput, FormDataConsumer, ReferenceInput, required as requiredValidator } from 'react-admin';

/**
 * Picks a part (i), (ii)... of the indicator chosen in the same form's `indicatorId` input,
 * since a label alone does not say which indicator it belongs to.
 */
export const ComponentReferenceInput = ({
  required = false,
}: {
  source?: string;
  alwaysOn?: boolean;
  required?: boolean;
}) => (
  <FormDataConsumer<{ indicatorId?: string }>>
    {({ formData }) => (
      <ReferenceInput
        source="componentId"
        reference="IndicatorComponent"
        filter={formData.indicatorId ? { indicatorId: formData.indicatorId } : {}}
        sort={{ field: 'position', order: 'ASC' }}
        perPage={100}
      >
        <AutocompleteInput
          label="resources.IndicatorResult.fields.componentId"
          optionText="label"
          disabled={!formData.indicatorId}
          helperText={formData.indicatorId ? false : 'resources.IndicatorResult.helper.componentId'}
          validate={required ? requiredValidator() : undefined}
          sx={{ minWidth: 200 }}
        />
      </ReferenceInput>
    )}
  </FormDataConsumer>
);
