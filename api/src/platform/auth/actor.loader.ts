import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { Actor } from '#src/platform/auth/actor.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { officeSubtreeCte } from '#src/platform/office/office-tree.util.js';

interface TokenPayload {
  sub: number;
  iat: number;
}

const BEARER = /^Bearer\s+(\S+)$/i;

interface ActorRow {
  id: number;
  email: string;
  role: Role;
  officeIds: number[];
  active: boolean;
  tokensValidAfter: Date;
  /** Managers' and KM officers' offices with every office under them, sorted; else null. */
  subtree: number[] | null;
}

// Every request runs this: the user and, where the role reads a whole subtree of offices, that
// subtree, in one statement.
const ACTOR_SQL = `
SELECT u.id, u.email, u.role, u.office_ids AS "officeIds", u.active, u.tokens_valid_after AS "tokensValidAfter",
       CASE WHEN u.role IN ('${Role.REGIONAL_MANAGER}', '${Role.KM_OFFICER}') THEN (
         WITH RECURSIVE ${officeSubtreeCte('u.office_ids')}
         SELECT COALESCE(array_agg(id ORDER BY id), '{}') FROM subtree) END AS subtree
  FROM app_user u
 WHERE u.id = $1`;

/**
 * Offices whose results and reports the actor may read; null means all (see Actor). Managers and
 * KM officers: their offices' whole subtree.
 */
function readableOffices(user: ActorRow): number[] | null {
  switch (user.role) {
    case Role.ADMIN:
      return null;
    case Role.REGIONAL_MANAGER:
    case Role.KM_OFFICER:
      return user.subtree ?? [];
    case Role.PROGRAMME_OFFICER:
      return user.officeIds;
    case Role.VIEWER:
      return [];
  }
}

/** Turns a request's bearer token into the Actor it acts for, checking the user every time. */
@Injectable()
export class ActorLoader {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
  ) {}

  async fromAuthorizationHeader(header: string | undefined): Promise<Actor> {
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    if (!token) throw new UnauthorizedException('sign in first: send Authorization: Bearer <token> from login');
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthorizedException(expired ? 'the token has expired: sign in again' : 'the token is not valid');
    }
    const [user] = (await this.dataSource.query(ACTOR_SQL, [Number(payload.sub)])) as ActorRow[];
    // Tokens carry whole seconds; one issued in the second of a password change stays valid.
    if (!user || !user.active || payload.iat < Math.floor(user.tokensValidAfter.getTime() / 1000)) {
      throw new UnauthorizedException('the token is no longer valid: sign in again');
    }
    return new Actor(user.id, user.email, user.role, user.officeIds, readableOffices(user));
  }
}
