import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Datagrid, List, SearchInput, TextField } from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { ResourceEmpty } from '../../app/common/ResourceEmpty';
import { PublishedField } from './PublishedField';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const ResultsFrameworkEmpty = () => <ResourceEmpty icon={AccountTreeIcon} />;

export const ResultsFrameworkList = () => (
  <List filters={filters} sort={{ field: 'startDate', order: 'DESC' }} empty={<ResultsFrameworkEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <LocaleDateField source="startDate" />
      <LocaleDateField source="endDate" />
      <PublishedField source="publishedAt" label="resources.ResultsFramework.fields.publishedAt" />
    </Datagrid>
  </List>
);
