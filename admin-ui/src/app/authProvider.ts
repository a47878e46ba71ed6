import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import type { AuthProvider } from 'react-admin';
import { ChangeMyPasswordDocument, LoginDocument, type LoginMutation } from './generated/graphql';

const TOKEN = 'roap.token';
const USER = 'roap.user';
/** Set at sign-in: the interface then takes the user's language once (LanguageSync). */
const APPLY_LANGUAGE = 'roap.applyLanguage';

type StoredUser = LoginMutation['login']['user'];

export const getToken = (): string | null => localStorage.getItem(TOKEN);

/** The signed-in user's id, or null when signed out: keys what this browser keeps for them. */
export const storedUserId = (): string | null =>
  (JSON.parse(localStorage.getItem(USER) ?? 'null') as StoredUser | null)?.id ?? null;

/** The signed-in user's language as the server knows it ('en', 'fr', 'es'), or null when signed out. */
export const storedLocale = (): string | null => {
  const user = JSON.parse(localStorage.getItem(USER) ?? 'null') as StoredUser | null;
  return user?.language ? user.language.toLowerCase() : null;
};

/** True once after each sign-in: the moment the interface takes the user's language. */
export const takeLanguageAtSignIn = (): boolean => {
  const pending = localStorage.getItem(APPLY_LANGUAGE) !== null;
  localStorage.removeItem(APPLY_LANGUAGE);
  return pending;
};

/** After the server took a new language: what the next page load compares with. */
export const storeLocale = (locale: string): void => {
  const user = JSON.parse(localStorage.getItem(USER) ?? 'null') as StoredUser | null;
  if (user) localStorage.setItem(USER, JSON.stringify({ ...user, language: locale.toUpperCase() }));
};

/** A GraphQL error as the API sends it; `graphQLErrors` lets fieldErrorsOf read its fields. */
export class SessionError extends Error {
  constructor(readonly graphQLErrors: { message: string; extensions?: { fields?: unknown } }[]) {
    super(graphQLErrors[0]!.message);
  }
}

// Signing in and changing one's password go without the Apollo client: the session is what changes, and
// their errors are the form's.
async function post<T, V>(document: TypedDocumentNode<T, V>, variables: V, token?: string | null): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new SessionError(body.errors);
  return body.data!;
}

/** Keeps a session's token and user, from login or from a password change (which ends the former token). */
export const storeSession = (session: { token: string; user: StoredUser }): void => {
  localStorage.setItem(TOKEN, session.token);
  localStorage.setItem(USER, JSON.stringify(session.user));
};

/**
 * Changes the signed-in user's password. The API signs out every other session and returns a
 * fresh token: storing it keeps this session going.
 */
export async function changeMyPassword(currentPassword: string, newPassword: string): Promise<void> {
  const { changeMyPassword: session } = await post(
    ChangeMyPasswordDocument,
    { currentPassword, newPassword },
    getToken(),
  );
  storeSession(session);
}

/** Signs in through the API's login mutation and keeps the token for the data provider. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { login } = await post(LoginDocument, { email: username, password });
    storeSession(login);
    localStorage.setItem(APPLY_LANGUAGE, '1');
  },
  async logout() {
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(USER);
  },
  async checkAuth() {
    if (!getToken()) throw new Error('not signed in');
  },
  async checkError(error: { status?: number; graphQLErrors?: { extensions?: { code?: string } }[] }) {
    const unauthenticated = error?.graphQLErrors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (error?.status === 401 || unauthenticated) {
      localStorage.removeItem(TOKEN);
      throw new Error('signed out');
    }
  },
  async getIdentity() {
    const user = JSON.parse(localStorage.getItem(USER) ?? 'null') as StoredUser | null;
    if (!user) throw new Error('not signed in');
    return { id: user.id, fullName: user.name };
  },
  async getPermissions() {
    return (JSON.parse(localStorage.getItem(USER) ?? 'null') as StoredUser | null)?.role;
  },
};
