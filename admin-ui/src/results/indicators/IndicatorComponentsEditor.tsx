import AddIcon from '@mui/icons-material/Add';
import { Box, Typography } from '@mui/material';
import { Button, Loading, useDataProvider, useGetManyReference, useRecordContext, useTranslate } from 'react-admin';
import { ComponentCard, type ComponentRecord } from './ComponentCard';
import { useInlineSave } from './useInlineSave';

/** The indicator's parts (i), (ii)... with their intermediate targets, each saved on its own. */
export const IndicatorComponentsEditor = () => {
  const indicator = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const save = useInlineSave();
  const { data, isPending, refetch } = useGetManyReference<ComponentRecord>(
    'IndicatorComponent',
    {
      target: 'indicatorId',
      id: indicator?.id,
      sort: { field: 'position', order: 'ASC' },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: Boolean(indicator?.id) },
  );
  if (!indicator) return null;
  const addComponent = () =>
    save(
      () => dataProvider.create('IndicatorComponent', { data: { indicatorId: indicator.id } }),
      'ra.notification.created',
      () => void refetch(),
    );
  return (
    <Box sx={{ p: 2 }} component="section" aria-labelledby="indicator-components-heading">
      <Typography variant="h5" component="h2" id="indicator-components-heading" gutterBottom>
        {translate('resources.Indicator.fields.components')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('resources.Indicator.helper.components')}
      </Typography>
      {isPending ? <Loading /> : null}
      {data?.map((component) => (
        <ComponentCard key={component.id} component={component} onChange={() => void refetch()} />
      ))}
      <Button label="resources.IndicatorComponent.action.add" onClick={addComponent} variant="outlined">
        <AddIcon />
      </Button>
    </Box>
  );
};
