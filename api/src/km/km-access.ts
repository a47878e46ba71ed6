import { ALL_ROLES, Role } from '#src/platform/auth/role.enum.js';
import type { CrudAccess } from '#src/common/crud/crud-resolver.factory.js';

/**
 * KM content (quarterly updates, milestones, work areas, communities of practice): read within
 * the actor's offices, written by KM staff of the office and administrators.
 */
export const KM_ACCESS: CrudAccess = {
  read: ALL_ROLES,
  write: [Role.ADMIN, Role.KM_OFFICER],
};
