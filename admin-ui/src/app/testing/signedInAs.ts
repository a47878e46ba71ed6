import type { AuthProvider } from 'react-admin';
import type { Role } from '../generated/enums';

/** For component tests: an auth provider whose user is signed in with `role`. */
export const signedInAs = (role: Role): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: '1', fullName: 'Test user' }),
  getPermissions: async () => role,
});
