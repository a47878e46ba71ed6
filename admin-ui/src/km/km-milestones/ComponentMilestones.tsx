import { Typography } from '@mui/material';
import { Datagrid, ReferenceManyField, TextField, useTranslate } from 'react-admin';
import { MilestoneDatesField } from './MilestoneDatesField';

const field = (name: string) => `resources.KmMilestone.fields.${name}`;

/** On a component's page: the KM milestones of the caller's offices that advance it, oldest first. */
export const ComponentMilestones = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('resources.KmMilestone.ofComponent.heading')}
      </Typography>
      <ReferenceManyField
        reference="KmMilestone"
        target="componentId"
        sort={{ field: 'startDate', order: 'ASC' }}
        perPage={100}
        empty={<Typography variant="body2">{translate('resources.KmMilestone.ofComponent.empty')}</Typography>}
      >
        <Datagrid bulkActionButtons={false} rowClick="show" resource="KmMilestone">
          <MilestoneDatesField source="startDate" label={field('dates')} />
          <TextField source="title" label={field('title')} />
        </Datagrid>
      </ReferenceManyField>
    </>
  );
};
