import { useEffect, useRef } from 'react';
import { useLocaleState, useNotify } from 'react-admin';
import { storedLocale, storeLocale } from '../authProvider';
import { useTrackerDataProvider } from '../dataProvider/useTrackerDataProvider';

/**
 * Keeps the interface's language and the user's language on the server together: once signed in,
 * the interface takes the user's language; when the user switches language, the server is told
 * (setMyLanguage), so that their emails come in it too.
 */
export const LanguageSync = () => {
  const [locale, setLocale] = useLocaleState();
  const dataProvider = useTrackerDataProvider();
  const notify = useNotify();
  const started = useRef(false);
  useEffect(() => {
    const saved = storedLocale();
    const first = !started.current;
    started.current = true;
    if (!saved || saved === locale) return;
    if (first) {
      setLocale(saved);
      return;
    }
    dataProvider
      .setMyLanguage(locale)
      .then(() => storeLocale(locale))
      .catch(() => notify('app.languageNotSaved', { type: 'warning' }));
  }, [locale, setLocale, dataProvider, notify]);
  return null;
};
