import {
  BooleanField,
  ChipField,
  EmailField,
  Labeled,
  ReferenceArrayField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { EnumField } from '../../app/common/EnumField';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <EmailField source="email" />
      <Labeled source="role">
        <EnumField source="role" enumName="Role" />
      </Labeled>
      <ReferenceArrayField source="officeIds" reference="Office" emptyText="—">
        <SingleFieldList linkType="show">
          <ChipField source="code" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <BooleanField source="active" />
      <LocaleDateField source="lastLoginAt" showTime emptyText="—" />
      <LocaleDateField source="createdAt" showTime />
    </SimpleShowLayout>
  </Show>
);
