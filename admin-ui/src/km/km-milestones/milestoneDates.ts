// Dates follow the language chosen in the app, like common/LocaleDateField.tsx.
const LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** A LocalDate ("2009-04-01") read as that calendar day, whatever the browser's time zone. */
const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** "1 April – 29 May", or one day ("10 April") when the milestone has no end date. */
export const formatMilestoneDates = (
  locale: string,
  startDate: string,
  endDate?: string | null,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' },
) => {
  const format = new Intl.DateTimeFormat(LOCALES[locale] ?? locale, { ...options, timeZone: 'UTC' });
  return endDate && endDate !== startDate
    ? `${format.format(day(startDate))} – ${format.format(day(endDate))}`
    : format.format(day(startDate));
};
