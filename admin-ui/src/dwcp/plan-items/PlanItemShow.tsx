import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../../app/common/EnumField';
import { BudgetField } from './BudgetField';
import { ComponentChips } from './ComponentLabel';

export const PlanItemShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="planId" reference="ImplementationPlan" link="show" />
      <TextField source="code" />
      <EnumField source="kind" enumName="PlanItemKind" />
      <ReferenceField source="parentId" reference="PlanItem" link="show" emptyText="—">
        <TextField source="code" /> <TextField source="title" />
      </ReferenceField>
      <TextField source="title" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <ReferenceField source="programmeOutcomeId" reference="ProgrammeOutcome" link="show" emptyText="—">
        <TextField source="code" /> <TextField source="title" />
      </ReferenceField>
      <EnumField source="fundingSource" enumName="FundingSource" />
      <BudgetField source="budgetUsd" />
      <BudgetField source="expenditureUsd" />
      <TextField source="responsible" emptyText="—" />
      <ReferenceField source="startPeriodId" reference="ReportingPeriod" link={false}>
        <TextField source="code" />
      </ReferenceField>
      <ReferenceField source="endPeriodId" reference="ReportingPeriod" link={false}>
        <TextField source="code" />
      </ReferenceField>
      <ComponentChips source="componentIds" />
      <BooleanField source="knowledgeSharing" />
    </SimpleShowLayout>
  </Show>
);
