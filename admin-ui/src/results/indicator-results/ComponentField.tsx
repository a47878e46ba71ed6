import { ReferenceField, TextField } from 'react-admin';

/** "2.3 (ii)": the component's indicator code, linked to the indicator, then the part's label. */
export const ComponentField = (_props: { source?: string; label?: string; sortable?: boolean }) => (
  <ReferenceField source="componentId" reference="IndicatorComponent" link={false}>
    <ReferenceField source="indicatorId" reference="Indicator" link="show">
      <TextField source="code" />
    </ReferenceField>{' '}
    <TextField source="label" />
  </ReferenceField>
);
