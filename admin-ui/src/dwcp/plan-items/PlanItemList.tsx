import { BooleanField, Datagrid, List, ReferenceField, TextField } from 'react-admin';
import { EnumField } from '../../app/common/EnumField';
import { BudgetField } from './BudgetField';
import { PlanItemEmpty } from './PlanItemEmpty';
import { planItemFilters } from './PlanItemListFilter';

/** Outputs and activities of the plans the user may see. */
export const PlanItemList = () => (
  <List filters={planItemFilters} sort={{ field: 'code', order: 'ASC' }} empty={<PlanItemEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="planId" reference="ImplementationPlan" link="show" />
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
  </List>
);
