import {
  ChipField,
  Datagrid,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
} from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { EnumField } from '../../app/common/EnumField';

export const OfficeShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <Labeled source="type">
        <EnumField source="type" enumName="OfficeType" />
      </Labeled>
      <ReferenceField source="parentId" reference="Office" link="show" emptyText="—">
        <ChipField source="code" size="small" />
      </ReferenceField>
      <TextArrayField source="countries" emptyText="—" />
      <ReferenceManyField
        label="resources.Office.fields.children"
        reference="Office"
        target="parentId"
        sort={{ field: 'code', order: 'ASC' }}
        empty={<span>—</span>}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <EnumField source="type" enumName="OfficeType" label="resources.Office.fields.type" />
        </Datagrid>
      </ReferenceManyField>
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
