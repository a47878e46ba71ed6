import AssessmentIcon from '@mui/icons-material/Assessment';
import {
  ChipField,
  Datagrid,
  List,
  ReferenceArrayField,
  ReferenceField,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { EnumField } from '../../app/common/EnumField';
import { indicatorFilters } from './IndicatorListFilter';
import { ResourceEmpty } from '../../app/common/ResourceEmpty';

export const IndicatorEmpty = () => <ResourceEmpty icon={AssessmentIcon} />;

export const IndicatorList = () => (
  <List filters={indicatorFilters} sort={{ field: 'code', order: 'ASC' }} empty={<IndicatorEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="title" />
      <ReferenceField source="outcomeId" reference="Outcome" link="show" sortable={false}>
        <TextField source="number" />
      </ReferenceField>
      {/* Each version of a framework has the same codes: say which one the row belongs to. */}
      <ReferenceField source="frameworkId" reference="ResultsFramework" link="show" sortable={false} />
      <EnumField source="scope" enumName="IndicatorScope" label="resources.Indicator.fields.scope" />
      <EnumField source="measure" enumName="Measure" label="resources.Indicator.fields.measure" />
      <ReferenceArrayField
        source="componentsIds"
        reference="IndicatorComponent"
        sortable={false}
        label="resources.Indicator.fields.components"
      >
        <SingleFieldList linkType={false}>
          <ChipField source="label" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
    </Datagrid>
  </List>
);
