import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { messages as english } from './locales/en';

export const locales = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
  { locale: 'es', name: 'Español' },
];

// English comes with the app; French and Spanish are their own chunks, fetched when chosen. react-admin keeps
// the choice in its store (localStorage) and, after a reload, loads it before the first page is drawn.
const messages = (locale: string): TranslationMessages | Promise<TranslationMessages> => {
  if (locale === 'fr') return import('./locales/fr').then((m) => m.messages);
  if (locale === 'es') return import('./locales/es').then((m) => m.messages);
  return english;
};

export const i18nProvider = polyglotI18nProvider(messages, 'en', locales);
