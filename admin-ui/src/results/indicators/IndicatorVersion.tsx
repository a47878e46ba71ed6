import { ReferenceField, TextField, useRecordContext } from 'react-admin';

/** Another version of an indicator: "1.2 Share of offices (Strategy 2008-09)". */
export const IndicatorVersion = () => {
  const indicator = useRecordContext<{ code: string; title: string }>();
  if (!indicator) return null;
  return (
    <span>
      {indicator.code} {indicator.title} (
      <ReferenceField source="frameworkId" reference="ResultsFramework" link={false}>
        <TextField source="title" />
      </ReferenceField>
      )
    </span>
  );
};
