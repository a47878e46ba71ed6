import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { act, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore, useLocaleState, type DataProvider } from 'react-admin';
import { i18nProvider } from '../i18n';
import { LanguageSync } from './LanguageSync';

const signIn = (language: string) =>
  localStorage.setItem(
    'roap.user',
    JSON.stringify({ id: '1', name: 'Manager', email: 'm@example.org', role: 'REGIONAL_MANAGER', language }),
  );

let switchTo: (locale: string) => void = () => undefined;
const Probe = () => {
  const [locale, setLocale] = useLocaleState();
  switchTo = setLocale;
  return <span data-testid="locale">{locale}</span>;
};

const renderWith = (provider: { setMyLanguage: jest.Mock<(locale: string) => Promise<string>> }, locale = 'en') =>
  render(
    <AdminContext
      dataProvider={provider as unknown as DataProvider}
      i18nProvider={i18nProvider}
      store={memoryStore({ locale })}
    >
      <LanguageSync />
      <Probe />
    </AdminContext>,
  );

afterEach(async () => {
  localStorage.clear();
  await i18nProvider.changeLocale('en');
});

describe('the interface language and the user’s language on the server', () => {
  test('right after signing in, the interface takes the user’s language without writing it back', async () => {
    signIn('ES');
    localStorage.setItem('roap.applyLanguage', '1');
    const provider = { setMyLanguage: jest.fn(async (_locale: string) => 'ES') };
    renderWith(provider);
    await waitFor(() => expect(screen.getByTestId('locale').textContent).toBe('es'));
    expect(provider.setMyLanguage).not.toHaveBeenCalled();
  });

  test('switching the language tells the server, so that emails come in it', async () => {
    signIn('EN');
    const provider = { setMyLanguage: jest.fn(async (_locale: string) => 'FR') };
    renderWith(provider);
    await waitFor(() => expect(screen.getByTestId('locale').textContent).toBe('en'));
    act(() => switchTo('fr'));
    await waitFor(() => expect(provider.setMyLanguage).toHaveBeenCalledWith('fr'));
    await waitFor(() => expect(JSON.parse(localStorage.getItem('roap.user')!).language).toBe('FR'));
    expect(provider.setMyLanguage).toHaveBeenCalledTimes(1);
  });

  test('a language chosen before a page load is kept and told to the server', async () => {
    signIn('EN');
    await i18nProvider.changeLocale('fr');
    const provider = { setMyLanguage: jest.fn(async (_locale: string) => 'FR') };
    renderWith(provider, 'fr');
    await waitFor(() => expect(provider.setMyLanguage).toHaveBeenCalledWith('fr'));
    expect(screen.getByTestId('locale').textContent).toBe('fr');
  });
});
