import { Datagrid, FunctionField, List, ReferenceField, TextField } from 'react-admin';
import { EnumField } from '../../app/common/EnumField';
import { OfficeEmpty } from './OfficeEmpty';
import { officeFilters } from './OfficeListFilter';

export const OfficeList = () => (
  <List filters={officeFilters} sort={{ field: 'code', order: 'ASC' }} empty={<OfficeEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="type" enumName="OfficeType" label="resources.Office.fields.type" />
      <ReferenceField source="parentId" reference="Office" link="show" emptyText="—" sortable={false}>
        <TextField source="code" />
      </ReferenceField>
      <FunctionField
        source="countries"
        sortable={false}
        render={(office: { countries?: string[] }) => office.countries?.join(', ') || '—'}
      />
    </Datagrid>
  </List>
);
