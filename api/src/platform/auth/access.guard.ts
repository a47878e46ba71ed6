import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { ACCESS_RULE, type AccessRule } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { ActorLoader } from '#src/platform/auth/actor.loader.js';

// The promise is kept so that root fields resolved in parallel load the user once.
export type RequestWithActor = Request & { actor?: Actor; actorLoading?: Promise<Actor> };

export function requestOf(context: ExecutionContext): RequestWithActor {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req
    : context.switchToHttp().getRequest<RequestWithActor>();
}

function operationName(context: ExecutionContext): string {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getInfo<{ fieldName: string }>().fieldName
    : `${context.getClass().name}.${context.getHandler().name}`;
}

/**
 * Default deny: every resolver and endpoint declares who may call it (@Allow, @AnyRole,
 * @Public); one that declares nothing is refused, whoever calls it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenException(`${operationName(context)} declares no access rule, so nobody may call it`);
    if ('public' in rule) return true;
    const request = requestOf(context);
    request.actorLoading ??= this.actors.fromAuthorizationHeader(request.headers.authorization);
    request.actor = await request.actorLoading;
    if (!rule.roles.includes(request.actor.role)) {
      throw new ForbiddenException(`a ${request.actor.role} may not call ${operationName(context)}`);
    }
    return true;
  }
}
