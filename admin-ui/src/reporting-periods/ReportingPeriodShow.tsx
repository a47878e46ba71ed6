import {
  DateField,
  EditButton,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useResourceDefinition,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { PeriodStatusButtons } from './PeriodStatusButtons';
import { PeriodStatusField } from './PeriodStatusField';

const ReportingPeriodShowActions = () => {
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      <PeriodStatusButtons />
      {hasEdit ? <EditButton /> : null}
    </TopToolbar>
  );
};

export const ReportingPeriodShow = () => (
  <Show actions={<ReportingPeriodShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <Labeled source="kind">
        <EnumField source="kind" enumName="PeriodKind" />
      </Labeled>
      <DateField source="startDate" />
      <DateField source="endDate" />
      <DateField source="dueDate" />
      <Labeled source="status">
        <PeriodStatusField />
      </Labeled>
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
