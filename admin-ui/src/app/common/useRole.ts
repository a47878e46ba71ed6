import { usePermissions } from 'react-admin';
import type { Role } from '../generated/enums';

/** The signed-in user's role (undefined while loading). */
export const useRole = (): Role | undefined => usePermissions<Role>().permissions;
