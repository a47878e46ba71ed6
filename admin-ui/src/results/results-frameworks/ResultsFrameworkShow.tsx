import {
  Datagrid,
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useResourceDefinition,
} from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { NewVersionButton } from './NewVersionButton';
import { PublishButtons } from './PublishButtons';
import { PublishedField } from './PublishedField';

const ResultsFrameworkShowActions = () => {
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      <PublishButtons />
      <NewVersionButton />
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
      <ReferenceField
        source="predecessor.id"
        reference="ResultsFramework"
        label="resources.ResultsFramework.fields.predecessor"
        link="show"
        emptyText="—"
      />
      <ReferenceField
        source="successor.id"
        reference="ResultsFramework"
        label="resources.ResultsFramework.fields.successor"
        link="show"
        emptyText="—"
      />
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
