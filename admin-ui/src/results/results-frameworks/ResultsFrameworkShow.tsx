import {
  Datagrid,
  EditButton,
  Labeled,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useResourceDefinition,
} from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { PublishButtons } from './PublishButtons';
import { PublishedField } from './PublishedField';

const ResultsFrameworkShowActions = () => {
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      <PublishButtons />
      {hasEdit ? <EditButton /> : null}
    </TopToolbar>
  );
};

export const ResultsFrameworkShow = () => (
  <Show actions={<ResultsFrameworkShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <TextField source="description" emptyText="—" />
      <LocaleDateField source="startDate" />
      <LocaleDateField source="endDate" />
      <Labeled source="publishedAt">
        <PublishedField />
      </Labeled>
      <ReferenceManyField
        label="resources.ResultsFramework.fields.outcomes"
        reference="Outcome"
        target="frameworkId"
        sort={{ field: 'number', order: 'ASC' }}
        perPage={100}
        empty={<span>—</span>}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <NumberField source="number" />
          <TextField source="title" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
