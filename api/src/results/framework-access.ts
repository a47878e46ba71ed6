import type { CrudAccess } from '#src/common/crud/crud-resolver.factory.js';
import { ALL_ROLES, Role } from '#src/platform/auth/role.enum.js';

/** Everyone reads frameworks and their parts (viewers only published ones); KM staff maintain them. */
export const FRAMEWORK_ACCESS: CrudAccess = { read: ALL_ROLES, write: [Role.ADMIN, Role.KM_OFFICER] };
