import { BooleanField, Datagrid, ReferenceField, ReferenceManyField, TextField } from 'react-admin';
import { ChildSection } from '../../app/common/ChildSection';
import { EnumField } from '../../app/common/EnumField';
import { BudgetField } from '../plan-items/BudgetField';

/** The plan's outputs and activities, with a button to add one to this plan. */
export const PlanItemsSection = () => (
  <ChildSection
    parentKey="planId"
    title="resources.ImplementationPlan.sections.items"
    resource="PlanItem"
    addLabel="resources.ImplementationPlan.action.add_item"
  >
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
  </ChildSection>
);
