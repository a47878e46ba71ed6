import { ALL_ROLES, Role } from '#src/platform/auth/role.enum.js';
import type { CrudAccess } from '#src/common/crud/crud-resolver.factory.js';

/** DWCP records: read within the actor's offices, written by their office's staff and administrators. */
export const DWCP_ACCESS: CrudAccess = {
  read: ALL_ROLES,
  write: [Role.ADMIN, Role.KM_OFFICER, Role.PROGRAMME_OFFICER],
};
