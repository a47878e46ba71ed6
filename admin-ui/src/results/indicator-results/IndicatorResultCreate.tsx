import { AutocompleteInput, Create, FormDataConsumer, ReferenceInput, SimpleForm, required } from 'react-admin';
import { ComponentReferenceInput } from './ComponentReferenceInput';
import { DisaggregationAndEvidenceInputs, toResultArgs } from './IndicatorResultInputs';
import { MeasureInputs } from './MeasureInputs';

const CREATE_FIELDS = ['componentId', 'officeId', 'periodId', 'value', 'milestoneStatus', 'narrative'] as const;

/** A result outside a progress report: pick the indicator's part, the office and the period. */
export const IndicatorResultCreate = () => (
  <Create redirect="show" transform={toResultArgs(CREATE_FIELDS)}>
    <SimpleForm defaultValues={{ disaggregations: [], evidenceLinks: [] }}>
      <ReferenceInput source="indicatorId" reference="Indicator" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
        <AutocompleteInput
          label="resources.IndicatorResult.fields.indicatorId"
          optionText={(i: { code: string; title: string }) => `${i.code} ${i.title}`}
          validate={required()}
          fullWidth
        />
      </ReferenceInput>
      <ComponentReferenceInput required />
      <ReferenceInput source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
        <AutocompleteInput label="resources.IndicatorResult.fields.officeId" optionText="code" validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="periodId" reference="ReportingPeriod" sort={{ field: 'startDate', order: 'DESC' }}>
        <AutocompleteInput label="resources.IndicatorResult.fields.periodId" optionText="code" validate={required()} />
      </ReferenceInput>
      <FormDataConsumer<{ componentId?: string }>>
        {({ formData }) => <MeasureInputs componentId={formData.componentId} />}
      </FormDataConsumer>
      <DisaggregationAndEvidenceInputs />
    </SimpleForm>
  </Create>
);
