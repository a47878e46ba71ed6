import { describe, expect, test } from '@jest/globals';
import { i18nProvider, locales } from './index';

describe('the i18n provider', () => {
  test('starts in English, with the three languages on offer', () => {
    expect(i18nProvider.getLocale()).toBe('en');
    expect(i18nProvider.translate('reports.my.menu')).toBe('My report');
    expect(locales.map((l) => l.locale)).toEqual(['en', 'fr', 'es']);
  });

  test('fetches French and Spanish when they are chosen', async () => {
    await i18nProvider.changeLocale('fr');
    expect(i18nProvider.translate('reports.my.menu')).toBe('Mon rapport');
    expect(i18nProvider.translate('ra.action.save')).toBe('Enregistrer');
    await i18nProvider.changeLocale('es');
    expect(i18nProvider.translate('reports.my.menu')).toBe('Mi informe');
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate('ra.action.save')).toBe('Save');
  });

  test('falls back to English for a language it does not have (an old stored choice)', async () => {
    await i18nProvider.changeLocale('de');
    expect(i18nProvider.translate('reports.my.menu')).toBe('My report');
  });
});
