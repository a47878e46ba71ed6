import { useLocaleState } from 'react-admin';

/** Numbers in the user's language, one decimal at most; a dash when there is none. */
export const useFormatNumber = () => {
  const [locale] = useLocaleState();
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (value: number | null | undefined, suffix = '') =>
    value === null || value === undefined ? '—' : `${format.format(value)}${suffix}`;
};
