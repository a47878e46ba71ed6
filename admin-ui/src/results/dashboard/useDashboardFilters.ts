import { useMemo } from 'react';
import { useGetList, useStore } from 'react-admin';
import { defaultQuarter, sortQuarters, todayIso, type Quarter } from './periods';

/** What the user chose; kept in react-admin's store (localStorage), so a reload keeps it. */
export interface DashboardChoices {
  frameworkId?: string;
  periodId?: string;
  officeId?: string;
  includeSubmitted?: boolean;
}

interface Framework {
  id: string;
  title: string;
  publishedAt: string | null;
  endDate: string;
}

interface OfficeOption {
  id: string;
  code: string;
  name: string;
}

/** The choices actually in force: a stored choice that no longer exists falls back to the default. */
export interface DashboardSelection {
  frameworkId?: string;
  periodId?: string;
  officeId?: string;
  includeSubmitted: boolean;
}

const ALL = { pagination: { page: 1, perPage: 500 } };

// A framework's figures stop at its end: open on the last quarter ended by then (or by today).
const lastDay = (frameworkEnd: string | undefined): string => {
  const today = todayIso();
  return frameworkEnd && frameworkEnd < today ? nextDay(frameworkEnd) : today;
};
const nextDay = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Loads the selectors' options and resolves the user's choices against them. */
export const useDashboardFilters = () => {
  const [choices, setChoices] = useStore<DashboardChoices>('dashboard.choices', {});
  const frameworks = useGetList<Framework>('ResultsFramework', { ...ALL, sort: { field: 'startDate', order: 'ASC' } });
  const periods = useGetList<Quarter & { kind: string }>('ReportingPeriod', {
    ...ALL,
    sort: { field: 'startDate', order: 'ASC' },
    filter: { kind: 'QUARTER' },
  });
  const offices = useGetList<OfficeOption>('Office', { ...ALL, sort: { field: 'code', order: 'ASC' } });

  const quarters = useMemo(() => sortQuarters(periods.data ?? []), [periods.data]);
  const selection = useMemo<DashboardSelection>(() => {
    const list = frameworks.data ?? [];
    const framework = list.find((f) => f.id === choices.frameworkId) ?? list.find((f) => f.publishedAt) ?? list[0];
    const quarter =
      quarters.find((q) => q.id === choices.periodId) ?? defaultQuarter(quarters, lastDay(framework?.endDate));
    const office = offices.data?.find((o) => o.id === choices.officeId);
    return {
      frameworkId: framework?.id,
      periodId: quarter?.id,
      officeId: office?.id,
      includeSubmitted: choices.includeSubmitted ?? false,
    };
  }, [choices, frameworks.data, quarters, offices.data]);

  const update = (patch: Partial<DashboardChoices>) => setChoices({ ...selection, ...patch });

  return {
    selection,
    update,
    frameworks: frameworks.data ?? [],
    quarters,
    offices: offices.data ?? [],
    isPending: frameworks.isPending || periods.isPending,
    error: frameworks.error ?? periods.error,
  };
};
