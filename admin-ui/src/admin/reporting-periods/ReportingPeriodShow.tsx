import { EditButton, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useResourceDefinition } from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { EnumField } from '../../app/common/EnumField';
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
      <LocaleDateField source="startDate" />
      <LocaleDateField source="endDate" />
      <LocaleDateField source="dueDate" />
      <Labeled source="status">
        <PeriodStatusField />
      </Labeled>
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
