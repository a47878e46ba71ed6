import { Datagrid, ReferenceManyField, TextField } from 'react-admin';
import { FrameworkOutcomeChips } from '../programme-outcomes/FrameworkOutcomeChips';
import { ChildSection } from '../../app/common/ChildSection';

/** The programme's own outcomes (BGD101...) and the framework outcomes each serves. */
export const ProgrammeOutcomesSection = () => (
  <ChildSection
    parentKey="programmeId"
    title="resources.CountryProgramme.sections.outcomes"
    resource="ProgrammeOutcome"
    addLabel="resources.CountryProgramme.action.add_outcome"
  >
    <ReferenceManyField
      reference="ProgrammeOutcome"
      target="programmeId"
      sort={{ field: 'code', order: 'ASC' }}
      perPage={100}
      empty="resources.CountryProgramme.sections.no_outcomes"
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="title" />
        <FrameworkOutcomeChips source="frameworkOutcomeIds" />
      </Datagrid>
    </ReferenceManyField>
  </ChildSection>
);
