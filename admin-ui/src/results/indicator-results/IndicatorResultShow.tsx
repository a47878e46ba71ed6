import {
  ArrayField,
  Datagrid,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  UrlField,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { Stack } from '@mui/material';
import { EnumField } from '../../app/common/EnumField';
import { ComponentField } from './ComponentField';

const field = (name: string) => `resources.IndicatorResult.fields.${name}`;

const EvidenceLinks = () => {
  const record = useRecordContext<{ evidenceLinks?: string[] }>();
  if (!record?.evidenceLinks?.length) return <span>—</span>;
  return (
    <Stack component="ul" sx={{ m: 0, pl: 2 }}>
      {record.evidenceLinks.map((link) => (
        <li key={link}>
          <UrlField record={{ link }} source="link" target="_blank" rel="noopener" />
        </li>
      ))}
    </Stack>
  );
};

export const IndicatorResultShow = () => (
  <Show>
    <SimpleShowLayout>
      <Labeled label={field('componentId')}>
        <ComponentField />
      </Labeled>
      <ReferenceField source="officeId" reference="Office" link="show" />
      <ReferenceField source="periodId" reference="ReportingPeriod" link="show" />
      <NumberField source="value" emptyText="—" />
      <Labeled source="milestoneStatus">
        <EnumField source="milestoneStatus" enumName="MilestoneStatus" />
      </Labeled>
      <TextField source="narrative" emptyText="—" />
      <ArrayField source="disaggregations">
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
          <TextField source="dimension" label={field('dimension')} />
          <TextField source="category" label={field('category')} />
          <NumberField source="value" label={field('value')} />
        </Datagrid>
      </ArrayField>
      <Labeled source="evidenceLinks">
        <EvidenceLinks />
      </Labeled>
      <LocaleDateField source="createdAt" showTime />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
