import { useLocaleState, useRecordContext } from 'react-admin';
import { formatMilestoneDates } from './milestoneDates';

const withYear: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

// `source` and `label` are read by Datagrid and SimpleShowLayout for the column header and label.
/** A milestone's day or span, e.g. "27 Apr 2009 – 11 May 2009". */
export const MilestoneDatesField = (_props: { source: 'startDate'; label?: string }) => {
  const record = useRecordContext<{ startDate?: string; endDate?: string | null }>();
  const [locale] = useLocaleState();
  return (
    <span>{record?.startDate ? formatMilestoneDates(locale, record.startDate, record.endDate, withYear) : '—'}</span>
  );
};
