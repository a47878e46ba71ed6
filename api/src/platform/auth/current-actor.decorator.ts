import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '#src/platform/auth/actor.js';
import { requestOf } from '#src/platform/auth/access.guard.js';

/** The Actor the AccessGuard authenticated for this request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('CurrentActor used on an operation without a role rule');
  return actor;
});
