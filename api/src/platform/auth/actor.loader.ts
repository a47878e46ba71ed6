import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { Actor } from '#src/platform/auth/actor.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { officeSubtreeCte } from '#src/platform/office/office-tree.util.js';

/** What login signs: the user's id and credential version (see UserEntity.credentialVersion). */
export interface TokenPayload {
  sub: number;
  ver: number;
}

const POSITIVE_INT = /^[1-9]\d{0,9}$/;

/** The user id a token names, or null when its `sub` is not a positive 32-bit integer. */
function subjectOf(payload: unknown): number | null {
  const sub = (payload as { sub?: unknown } | null)?.sub;
  const text = typeof sub === 'number' || typeof sub === 'string' ? String(sub) : '';
  const id = POSITIVE_INT.test(text) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? id : null;
}

const BEARER = /^Bearer\s+(\S+)$/i;

interface ActorRow {
  id: number;
  email: string;
  role: Role;
  officeIds: number[];
  active: boolean;
  credentialVersion: number;
  /** Managers' and KM officers' offices with every office under them, sorted; else null. */
  subtree: number[] | null;
}

// Every request runs this: the user and, where the role reads a whole subtree of offices, that
// subtree, in one statement.
const ACTOR_SQL = `
SELECT u.id, u.email, u.role, u.office_ids AS "officeIds", u.active, u.credential_version AS "credentialVersion",
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
    // A validly signed token may still name no user: refused like any token that is no longer valid.
    const userId = subjectOf(payload);
    const [user] = userId === null ? [] : ((await this.dataSource.query(ACTOR_SQL, [userId])) as ActorRow[]);
    if (!user || !user.active || payload.ver !== user.credentialVersion) {
      throw new UnauthorizedException('the token is no longer valid: sign in again');
    }
    return new Actor(user.id, user.email, user.role, user.officeIds, readableOffices(user));
  }
}
