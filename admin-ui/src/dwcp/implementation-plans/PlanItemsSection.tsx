import { ChildSection } from '../../app/common/ChildSection';
import { PlanItemTree } from './PlanItemTree';

/** The plan's outputs with their activities under them, with a button to add one to this plan. */
export const PlanItemsSection = () => (
  <ChildSection
    parentKey="planId"
    title="resources.ImplementationPlan.sections.items"
    resource="PlanItem"
    addLabel="resources.ImplementationPlan.action.add_item"
  >
    <PlanItemTree />
  </ChildSection>
);
