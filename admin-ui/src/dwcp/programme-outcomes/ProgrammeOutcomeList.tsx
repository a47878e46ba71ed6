import { Datagrid, List, ReferenceField, TextField } from 'react-admin';
import { FrameworkOutcomeChips } from './FrameworkOutcomeChips';
import { ProgrammeOutcomeEmpty } from './ProgrammeOutcomeEmpty';
import { programmeOutcomeFilters } from './ProgrammeOutcomeListFilter';

/** Outcomes of the country programmes the user may see, with the framework outcomes they serve. */
export const ProgrammeOutcomeList = () => (
  <List filters={programmeOutcomeFilters} sort={{ field: 'code', order: 'ASC' }} empty={<ProgrammeOutcomeEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="title" />
      <ReferenceField source="programmeId" reference="CountryProgramme" link="show">
        <TextField source="countryCode" />
      </ReferenceField>
      <FrameworkOutcomeChips source="frameworkOutcomeIds" />
    </Datagrid>
  </List>
);
