import { ReferenceArrayField, ReferenceField, SingleFieldList, TextField, useRecordContext } from 'react-admin';
import { Chip } from '@mui/material';

/** An indicator component as "2.3 (ii)": its indicator's code, then its own label. */
export const ComponentLabel = () => {
  const component = useRecordContext<{ id: string; indicatorId: string; label: string }>();
  if (!component) return null;
  return (
    <span>
      <ReferenceField source="indicatorId" reference="Indicator" link={false}>
        <TextField source="code" />
      </ReferenceField>{' '}
      {component.label}
    </span>
  );
};

/** The indicator components a plan item contributes to, as chips. */
// `source` is read by Datagrid and SimpleShowLayout for the column header and label.
export const ComponentChips = ({ label }: { source?: 'componentIds'; label?: string }) => (
  <ReferenceArrayField source="componentIds" reference="IndicatorComponent" sortable={false} label={label}>
    <SingleFieldList linkType={false} empty={<span>—</span>}>
      <Chip size="small" label={<ComponentLabel />} />
    </SingleFieldList>
  </ReferenceArrayField>
);
