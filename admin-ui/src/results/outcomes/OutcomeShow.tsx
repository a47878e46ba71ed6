import {
  ChipField,
  Datagrid,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { EnumField } from '../../app/common/EnumField';

export const OutcomeShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="frameworkId" reference="ResultsFramework" link="show" />
      <NumberField source="number" />
      <TextField source="title" />
      <TextField source="description" emptyText="—" />
      <ReferenceManyField
        label="resources.Outcome.fields.indicators"
        reference="Indicator"
        target="outcomeId"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={100}
        empty={<span>—</span>}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="title" />
          <EnumField source="measure" enumName="Measure" label="resources.Indicator.fields.measure" />
          <EnumField source="scope" enumName="IndicatorScope" label="resources.Indicator.fields.scope" />
          <ReferenceArrayField
            source="componentsIds"
            reference="IndicatorComponent"
            label="resources.Indicator.fields.components"
            sortable={false}
          >
            <SingleFieldList linkType={false}>
              <ChipField source="label" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
