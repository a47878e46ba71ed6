import type { ApolloClient } from '@apollo/client';
import { SetMyLanguageDocument } from '../generated/graphql';
import type { Language } from '../generated/enums';

/** The interface's locales and the API's Language values: 'fr' <-> FR. */
export const languageOf = (locale: string): Language => locale.toUpperCase() as Language;
export const localeOf = (language: Language): string => language.toLowerCase();

export interface AccountMethods {
  /** Remembers the user's language on the server: the interface's and that of their emails. */
  setMyLanguage(locale: string): Promise<Language>;
}

export const accountMethods = (client: ApolloClient<unknown>): AccountMethods => ({
  async setMyLanguage(locale) {
    const { data } = await client.mutate({
      mutation: SetMyLanguageDocument,
      variables: { language: languageOf(locale) },
    });
    if (!data) throw new Error('ra.notification.http_error');
    return data.setMyLanguage.language;
  },
});
