import { useGetManyAggregate, useRecordContext, useTranslate } from 'react-admin';

export interface Update {
  id: string;
  officeId: string;
  periodId: string;
}

/** The update's office and quarter codes ("ROAP", "2009-Q2"), batched with the page's other lookups. */
export const useUpdateCodes = (update: Update | undefined) => {
  const { data: offices } = useGetManyAggregate<{ id: string; code: string }>(
    'Office',
    { ids: update ? [update.officeId] : [] },
    { enabled: !!update },
  );
  const { data: periods } = useGetManyAggregate<{ id: string; code: string }>(
    'ReportingPeriod',
    { ids: update ? [update.periodId] : [] },
    { enabled: !!update },
  );
  return { office: offices?.[0]?.code ?? '', period: periods?.[0]?.code ?? '' };
};

/** How an update is shown wherever it is referenced (its recordRepresentation): "ROAP 2009-Q2". */
export const UpdateRepresentation = () => {
  const update = useRecordContext<Update>();
  const { office, period } = useUpdateCodes(update);
  return <span>{`${office} ${period}`.trim()}</span>;
};

/** The Show and Edit page title: "KM update ROAP 2009-Q2". */
export const UpdateTitle = () => {
  const translate = useTranslate();
  const update = useRecordContext<Update>();
  const { office, period } = useUpdateCodes(update);
  return <span>{translate('resources.QuarterlyUpdate.title', { update: `${office} ${period}`.trim() })}</span>;
};
