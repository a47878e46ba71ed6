import FlagIcon from '@mui/icons-material/Flag';
import {
  AutocompleteInput,
  Datagrid,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { ResourceEmpty } from '../../app/common/ResourceEmpty';

/** The OutcomeFilter inputs of the API. */
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="frameworkId" source="frameworkId" reference="ResultsFramework">
    <AutocompleteInput label="resources.Outcome.fields.frameworkId" optionText="title" />
  </ReferenceInput>,
  <NumberInput key="number" source="number" />,
];

export const OutcomeEmpty = () => <ResourceEmpty icon={FlagIcon} />;

export const OutcomeList = () => (
  <List filters={filters} sort={{ field: 'number', order: 'ASC' }} empty={<OutcomeEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <NumberField source="number" />
      <TextField source="title" />
      <ReferenceField source="frameworkId" reference="ResultsFramework" link="show" sortable={false} />
    </Datagrid>
  </List>
);
