import { SetMetadata } from '@nestjs/common';
import { ALL_ROLES, type Role } from '#src/platform/auth/role.enum.js';

export const ACCESS_RULE = 'roap:access';

/** Who may call an operation: roles, or anyone (login). Operations without a rule are refused. */
export type AccessRule = { public: true } | { roles: readonly Role[] };

/** Callable by signed-in users holding one of these roles. */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { roles } satisfies AccessRule);

/** Callable by every signed-in user, whatever the role. */
export const AnyRole = () => SetMetadata(ACCESS_RULE, { roles: ALL_ROLES } satisfies AccessRule);

/** Callable without signing in. Only login and the health checks are. */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);
