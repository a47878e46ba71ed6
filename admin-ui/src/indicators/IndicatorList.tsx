import { ArrayField, Datagrid, List, SearchInput, SingleFieldList, TextField, ChipField } from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const IndicatorList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="title" />
      <TextField source="scope" />
      <TextField source="measure" />
      <ArrayField source="components" sortable={false}>
        <SingleFieldList linkType={false}>
          <ChipField source="label" size="small" />
        </SingleFieldList>
      </ArrayField>
    </Datagrid>
  </List>
);
