import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

// react-admin formats dates in the browser's language; follow the language chosen in the app.
const LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** The Intl locale dates are written in for an interface language. */
export const dateLocaleOf = (language: string) => LOCALES[language] ?? language;

/** A DateField in the user's chosen language (31/12/2009, 31 déc. 2009...). */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={dateLocaleOf(locale)} {...props} />;
};

/** A date of the API (yyyy-mm-dd) in the user's language. */
export const useFormatDay = () => {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(dateLocaleOf(locale), { dateStyle: 'medium', timeZone: 'UTC' });
  return (day: string | null | undefined) => (day ? format.format(new Date(`${day}T00:00:00Z`)) : '—');
};
