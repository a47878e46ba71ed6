import {
  Datagrid,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  TextField,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { canCall } from '../../app/common/roles';
import { useRole } from '../../app/common/useRole';
import { TargetHistory } from './TargetHistory';

const field = (name: string) => `resources.IntermediateTarget.fields.${name}`;

/** The target history and intermediate targets of one component, shown under its row. */
export const ComponentTargets = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; label: string }>();
  const role = useRole();
  const refresh = useRefresh();
  return (
    <>
      {record ? (
        <TargetHistory
          componentId={String(record.id)}
          label={record.label}
          canRevise={canCall(role, 'reviseComponentTarget')}
          onRevised={refresh}
        />
      ) : null}
      <ReferenceManyField
        reference="IntermediateTarget"
        target="componentId"
        perPage={100}
        empty={<Typography variant="body2">{translate('resources.IntermediateTarget.empty')}</Typography>}
      >
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <ReferenceField source="periodId" reference="ReportingPeriod" label={field('periodId')} link="show" />
          <NumberField source="value" label={field('value')} emptyText="—" />
          <TextField source="narrative" label={field('narrative')} emptyText="—" />
        </Datagrid>
      </ReferenceManyField>
    </>
  );
};
