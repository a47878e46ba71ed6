import { Datagrid, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { EnumField } from '../../app/common/EnumField';
import { CountryProgrammeEmpty } from './CountryProgrammeEmpty';
import { countryProgrammeFilters } from './CountryProgrammeListFilter';

/** Programmes by country; programme officers get only their office's from the API. */
export const CountryProgrammeList = () => (
  <List
    filters={countryProgrammeFilters}
    sort={{ field: 'countryCode', order: 'ASC' }}
    empty={<CountryProgrammeEmpty />}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="countryCode" />
      <TextField source="title" />
      <ReferenceField source="officeId" reference="Office" link={false}>
        <TextField source="code" />
      </ReferenceField>
      <NumberField source="startYear" options={{ useGrouping: false }} />
      <NumberField source="endYear" options={{ useGrouping: false }} />
      <EnumField source="status" enumName="ProgrammeStatus" />
    </Datagrid>
  </List>
);
