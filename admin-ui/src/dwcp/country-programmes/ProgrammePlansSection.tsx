import { Datagrid, FunctionField, NumberField, ReferenceManyField, TextField } from 'react-admin';
import { ChildSection } from '../../app/common/ChildSection';

/** One implementation plan per year, with how many outputs and activities it holds. */
export const ProgrammePlansSection = () => (
  <ChildSection
    parentKey="programmeId"
    title="resources.CountryProgramme.sections.plans"
    resource="ImplementationPlan"
    addLabel="resources.CountryProgramme.action.add_plan"
  >
    <ReferenceManyField
      reference="ImplementationPlan"
      target="programmeId"
      sort={{ field: 'year', order: 'DESC' }}
      perPage={50}
      empty="resources.CountryProgramme.sections.no_plans"
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <NumberField source="year" options={{ useGrouping: false }} />
        <FunctionField
          source="items"
          sortable={false}
          render={(plan: { items?: unknown[] }) => plan.items?.length ?? 0}
        />
        <TextField source="notes" emptyText="—" />
      </Datagrid>
    </ReferenceManyField>
  </ChildSection>
);
