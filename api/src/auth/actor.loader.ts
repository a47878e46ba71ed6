import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { Actor } from '#src/auth/actor.js';
import { Role } from '#src/auth/role.enum.js';
import { officeSubtree } from '#src/office/office-tree.util.js';
import { UserEntity } from '#src/user/user.entity.js';

interface TokenPayload {
  sub: number;
  iat: number;
}

const BEARER = /^Bearer\s+(\S+)$/i;

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
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: Number(payload.sub) });
    // Tokens carry whole seconds; one issued in the second of a password change stays valid.
    if (!user || !user.active || payload.iat < Math.floor(user.tokensValidAfter.getTime() / 1000)) {
      throw new UnauthorizedException('the token is no longer valid: sign in again');
    }
    return new Actor(
      user.id,
      user.email,
      user.role,
      user.officeIds,
      await this.readableOffices(user.role, user.officeIds),
    );
  }

  private async readableOffices(role: Role, officeIds: number[]): Promise<number[] | null> {
    switch (role) {
      case Role.ADMIN:
        return null;
      case Role.REGIONAL_MANAGER:
      case Role.KM_OFFICER:
        return officeSubtree(this.dataSource.manager, officeIds);
      case Role.PROGRAMME_OFFICER:
        return officeIds;
      case Role.VIEWER:
        return [];
    }
  }
}
