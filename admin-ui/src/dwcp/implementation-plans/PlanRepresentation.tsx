import { useGetManyAggregate, useRecordContext, useTranslate } from 'react-admin';

interface Plan {
  id: string;
  programmeId: string;
  year: number;
}

/** "BGD 2009": the plan's country and year, as a string. */
export const usePlanLabel = (plan: Plan | undefined): string => {
  // Batched with the other plans on the page into one request.
  const { data } = useGetManyAggregate<{ id: string; countryCode: string }>(
    'CountryProgramme',
    { ids: plan?.programmeId ? [plan.programmeId] : [] },
    { enabled: !!plan?.programmeId },
  );
  const programme = data?.[0];
  if (!plan) return '';
  return programme ? `${programme.countryCode} ${plan.year}` : String(plan.year);
};

/** How a plan is shown wherever it is referenced (its recordRepresentation). */
export const PlanRepresentation = () => {
  const plan = useRecordContext<Plan>();
  return <span>{usePlanLabel(plan)}</span>;
};

/** The Show and Edit page title: "Implementation plan BGD 2009". */
export const PlanTitle = () => {
  const translate = useTranslate();
  const plan = useRecordContext<Plan>();
  const label = usePlanLabel(plan);
  return <span>{translate('resources.ImplementationPlan.title', { plan: label })}</span>;
};
