import { Box } from '@mui/material';
import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../../app/common/EnumField';
import { ProgrammeBudgetPanel } from './ProgrammeBudgetPanel';
import { ProgrammeOutcomesSection } from './ProgrammeOutcomesSection';
import { ProgrammePlansSection } from './ProgrammePlansSection';
import { ProgrammeReportsSection } from './ProgrammeReportsSection';

const year = { useGrouping: false };

/** A programme with its outcomes, yearly implementation plans and progress reports. */
export const CountryProgrammeShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" />
      <TextField source="countryCode" />
      <ReferenceField source="officeId" reference="Office" link="show">
        <TextField source="code" />
      </ReferenceField>
      <NumberField source="startYear" options={year} />
      <NumberField source="endYear" options={year} />
      <EnumField source="status" enumName="ProgrammeStatus" />
    </SimpleShowLayout>
    <Box sx={{ px: 2, pb: 2 }}>
      <ProgrammeOutcomesSection />
      <ProgrammePlansSection />
      <ProgrammeBudgetPanel />
      <ProgrammeReportsSection />
    </Box>
  </Show>
);
