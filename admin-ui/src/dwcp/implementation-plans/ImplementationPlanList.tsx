import { Datagrid, FunctionField, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { ImplementationPlanEmpty } from './ImplementationPlanEmpty';
import { implementationPlanFilters } from './ImplementationPlanListFilter';

/** Each programme's yearly plans, with how many outputs and activities they hold. */
export const ImplementationPlanList = () => (
  <List filters={implementationPlanFilters} sort={{ field: 'year', order: 'DESC' }} empty={<ImplementationPlanEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="programmeId" reference="CountryProgramme" link="show">
        <TextField source="title" />
      </ReferenceField>
      <NumberField source="year" options={{ useGrouping: false }} />
      <FunctionField
        source="items"
        sortable={false}
        render={(plan: { items?: unknown[] }) => plan.items?.length ?? 0}
      />
      <TextField source="notes" emptyText="—" />
    </Datagrid>
  </List>
);
