import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

const catalogues = { en, fr, es };

export const i18nProvider = polyglotI18nProvider(
  (locale) => catalogues[locale as keyof typeof catalogues] ?? en,
  'en',
  [
    { locale: 'en', name: 'English' },
    { locale: 'fr', name: 'Français' },
    { locale: 'es', name: 'Español' },
  ],
);
