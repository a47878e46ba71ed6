import { ReferenceField, useRecordContext } from 'react-admin';

/** "2. Rolling out the WCMS regionally": a work area by its number and title. */
export const WorkAreaLabel = () => {
  const area = useRecordContext<{ number: number; title: string }>();
  return area ? (
    <span>
      {area.number}. {area.title}
    </span>
  ) : null;
};

// `source` is read by Datagrid and SimpleShowLayout for the column header and label.
export const WorkAreaReferenceField = ({
  link = 'show',
}: {
  source?: 'workAreaId';
  label?: string;
  link?: false | 'show';
}) => (
  <ReferenceField source="workAreaId" reference="WorkArea" link={link}>
    <WorkAreaLabel />
  </ReferenceField>
);
