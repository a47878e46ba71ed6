import { Box, Paper, Stack, Typography } from '@mui/material';
import { Form, SaveButton, useDataProvider, useTranslate } from 'react-admin';
import { COMPONENT_FIELDS, ComponentInputs, VALUE_RULE_FIELDS, pick } from './ComponentInputs';
import { DeleteInlineButton } from './DeleteInlineButton';
import { IntermediateTargetsEditor } from './IntermediateTargetsEditor';
import { TargetHistory } from './TargetHistory';
import { canCall } from '../../app/common/roles';
import { useRole } from '../../app/common/useRole';
import { useInlineSave } from './useInlineSave';

export interface ComponentRecord {
  id: string;
  label: string;
  effectiveMeasure: string;
  [key: string]: unknown;
}

/** One part of the indicator, edited in place and saved on its own with updateIndicatorComponent. */
export const ComponentCard = ({ component, onChange }: { component: ComponentRecord; onChange: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const save = useInlineSave();
  const role = useRole();
  const title = translate('resources.IndicatorComponent.title', { label: component.label });
  const onSubmit = (values: Record<string, unknown>) =>
    save(
      () =>
        dataProvider.update('IndicatorComponent', {
          id: component.id,
          data: pick(values, [...COMPONENT_FIELDS, ...VALUE_RULE_FIELDS]),
          previousData: component,
        }),
      'ra.notification.updated',
      onChange,
    );
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} component="section" aria-label={title}>
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 2, mb: 1 }}>
        <Typography variant="h6" component="h3">
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('resources.IndicatorComponent.fields.effectiveMeasure')}:{' '}
          {translate(`enums.Measure.${component.effectiveMeasure}`)}
        </Typography>
      </Stack>
      <Form record={component} onSubmit={onSubmit}>
        <ComponentInputs withValueRule />
        <Box sx={{ display: 'flex', gap: 1, justifyContent: 'space-between' }}>
          <SaveButton label="resources.IndicatorComponent.action.save" />
          <DeleteInlineButton resource="IndicatorComponent" id={component.id} title={title} onDeleted={onChange} />
        </Box>
      </Form>
      <TargetHistory
        componentId={component.id}
        label={component.label}
        canRevise={canCall(role, 'reviseComponentTarget')}
        onRevised={onChange}
      />
      <IntermediateTargetsEditor componentId={component.id} />
    </Paper>
  );
};
