import { Datagrid, NumberField, ReferenceField, ReferenceManyField, TextField, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

const field = (name: string) => `resources.IntermediateTarget.fields.${name}`;

/** The intermediate targets of one component, shown under its row. */
export const ComponentTargets = () => {
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference="IntermediateTarget"
      target="componentId"
      perPage={100}
      empty={<Typography variant="body2">{translate('resources.IntermediateTarget.empty')}</Typography>}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <ReferenceField source="periodId" reference="ReportingPeriod" label={field('periodId')} link="show" />
        <NumberField source="value" label={field('value')} emptyText="—" />
        <TextField source="narrative" label={field('narrative')} emptyText="—" />
      </Datagrid>
    </ReferenceManyField>
  );
};
