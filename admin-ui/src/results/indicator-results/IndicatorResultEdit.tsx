import { Edit, Labeled, ReferenceField, SimpleForm, TextField, useRecordContext } from 'react-admin';
import { Stack } from '@mui/material';
import { ComponentField } from './ComponentField';
import { DisaggregationAndEvidenceInputs, toResultArgs } from './IndicatorResultInputs';
import { MeasureInputs } from './MeasureInputs';

const UPDATE_FIELDS = ['value', 'milestoneStatus', 'narrative'] as const;
const field = (name: string) => `resources.IndicatorResult.fields.${name}`;

const ResultMeasureInputs = () => {
  const record = useRecordContext<{ componentId: string }>();
  return <MeasureInputs componentId={record?.componentId} />;
};

/** Part, office and period are fixed once entered; the figures, disaggregations and evidence can change. */
export const IndicatorResultEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic" transform={toResultArgs(UPDATE_FIELDS)}>
    <SimpleForm>
      <Stack direction="row" sx={{ gap: 4 }}>
        <Labeled label={field('componentId')}>
          <ComponentField />
        </Labeled>
        <Labeled label={field('officeId')}>
          <ReferenceField source="officeId" reference="Office" link={false}>
            <TextField source="code" />
          </ReferenceField>
        </Labeled>
        <Labeled label={field('periodId')}>
          <ReferenceField source="periodId" reference="ReportingPeriod" link={false}>
            <TextField source="code" />
          </ReferenceField>
        </Labeled>
      </Stack>
      <ResultMeasureInputs />
      <DisaggregationAndEvidenceInputs />
    </SimpleForm>
  </Edit>
);
