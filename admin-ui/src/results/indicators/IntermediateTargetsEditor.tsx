import AddIcon from '@mui/icons-material/Add';
import { Box, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, SaveButton, useDataProvider, useGetManyReference, useTranslate } from 'react-admin';
import { pick } from './ComponentInputs';
import { DeleteInlineButton } from './DeleteInlineButton';
import { IntermediateTargetInputs, TARGET_FIELDS } from './IntermediateTargetInputs';
import { useInlineSave } from './useInlineSave';

interface TargetRecord {
  id: string;
  periodId: string;
  [key: string]: unknown;
}

const rowSx = { flexDirection: 'row', gap: 2, flexWrap: 'wrap', alignItems: 'center' } as const;

/** A component's intermediate targets: each row saves on its own, and a last row adds one. */
export const IntermediateTargetsEditor = ({ componentId }: { componentId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const save = useInlineSave();
  const [newRowKey, setNewRowKey] = useState(0);
  const { data, refetch } = useGetManyReference<TargetRecord>('IntermediateTarget', {
    target: 'componentId',
    id: componentId,
    sort: { field: 'periodId', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const reload = () => void refetch();
  const update = (target: TargetRecord) => (values: Record<string, unknown>) =>
    save(
      () =>
        dataProvider.update('IntermediateTarget', {
          id: target.id,
          data: pick(values, TARGET_FIELDS),
          previousData: target,
        }),
      'ra.notification.updated',
      reload,
    );
  const create = (values: Record<string, unknown>) =>
    save(
      () => dataProvider.create('IntermediateTarget', { data: { componentId, ...pick(values, TARGET_FIELDS) } }),
      'ra.notification.created',
      () => {
        setNewRowKey((key) => key + 1);
        reload();
      },
    );
  const title = translate('resources.IntermediateTarget.name', { smart_count: 2 });
  return (
    <Box component="section" aria-label={title} sx={{ mt: 2, pl: 2, borderLeft: 2, borderColor: 'divider' }}>
      <Typography variant="subtitle1" component="h4">
        {title}
      </Typography>
      {data?.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.IntermediateTarget.empty')}
        </Typography>
      ) : null}
      {data?.map((target) => (
        <Form key={target.id} record={target} onSubmit={update(target)}>
          <Stack sx={rowSx}>
            <IntermediateTargetInputs />
            <SaveButton label="ra.action.save" variant="text" />
            <DeleteInlineButton
              resource="IntermediateTarget"
              id={target.id}
              title={translate('resources.IntermediateTarget.name', { smart_count: 1 })}
              onDeleted={reload}
            />
          </Stack>
        </Form>
      ))}
      <Form key={`new-${newRowKey}`} record={{ componentId }} onSubmit={create}>
        <Stack sx={rowSx}>
          <IntermediateTargetInputs />
          <SaveButton label="resources.IntermediateTarget.action.add" variant="text" icon={<AddIcon />} />
        </Stack>
      </Form>
    </Box>
  );
};
