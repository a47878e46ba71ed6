import InsightsIcon from '@mui/icons-material/Insights';
import { Datagrid, List, ReferenceField, TextField } from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { ResourceEmpty } from '../../app/common/ResourceEmpty';
import { ComponentField } from './ComponentField';
import { indicatorResultFilters } from './IndicatorResultListFilter';
import { ResultValueField } from './ResultValueField';

export const IndicatorResultEmpty = () => <ResourceEmpty icon={InsightsIcon} />;

export const IndicatorResultList = () => (
  <List filters={indicatorResultFilters} sort={{ field: 'updatedAt', order: 'DESC' }} empty={<IndicatorResultEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ComponentField source="componentId" label="resources.IndicatorResult.fields.componentId" />
      <ReferenceField source="officeId" reference="Office" link="show">
        <TextField source="code" />
      </ReferenceField>
      <ReferenceField source="periodId" reference="ReportingPeriod" link="show">
        <TextField source="code" />
      </ReferenceField>
      <ResultValueField label="resources.IndicatorResult.fields.result" />
      <LocaleDateField source="updatedAt" showTime />
    </Datagrid>
  </List>
);
