import { Box, Typography } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  Datagrid,
  ReferenceField,
  ReferenceManyField,
  TextField,
  useRecordContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { BudgetField } from '../plan-items/BudgetField';

/** The plan's outputs and activities, with a button to add one to this plan. */
export const PlanItemsSection = () => {
  const translate = useTranslate();
  const plan = useRecordContext();
  const { hasCreate } = useResourceDefinition({ resource: 'PlanItem' });
  return (
    <Box component="section" aria-labelledby="plan-items-heading" sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2" id="plan-items-heading">
          {translate('resources.ImplementationPlan.sections.items')}
        </Typography>
        {hasCreate && plan ? (
          <CreateButton
            resource="PlanItem"
            label="resources.ImplementationPlan.action.add_item"
            state={{ record: { planId: plan.id } }}
          />
        ) : null}
      </Box>
      <ReferenceManyField
        reference="PlanItem"
        target="planId"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={100}
        empty="resources.ImplementationPlan.sections.no_items"
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <EnumField source="kind" enumName="PlanItemKind" />
          <TextField source="title" />
          <ReferenceField source="programmeOutcomeId" reference="ProgrammeOutcome" link={false} emptyText="—">
            <TextField source="code" />
          </ReferenceField>
          <EnumField source="fundingSource" enumName="FundingSource" />
          <BudgetField source="budgetUsd" />
          <ReferenceField source="startPeriodId" reference="ReportingPeriod" link={false}>
            <TextField source="code" />
          </ReferenceField>
          <ReferenceField source="endPeriodId" reference="ReportingPeriod" link={false}>
            <TextField source="code" />
          </ReferenceField>
          <BooleanField source="knowledgeSharing" />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};
