import { useEffect, useRef } from 'react';
import { useLocaleState, useNotify } from 'react-admin';
import { storedLocale, storeLocale, takeLanguageAtSignIn } from '../authProvider';
import { useTrackerDataProvider } from '../dataProvider/useTrackerDataProvider';

/**
 * Keeps the interface's language and the user's language on the server together: right after
 * signing in, the interface takes the user's language; afterwards, whenever the interface's
 * language differs from the user's (they switched it), the server is told (setMyLanguage), so that
 * their emails come in it too.
 */
export const LanguageSync = () => {
  const [locale, setLocale] = useLocaleState();
  const dataProvider = useTrackerDataProvider();
  const notify = useNotify();
  const started = useRef(false);
  useEffect(() => {
    const saved = storedLocale();
    const atSignIn = !started.current && takeLanguageAtSignIn();
    started.current = true;
    if (!saved || saved === locale) return;
    if (atSignIn) {
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
