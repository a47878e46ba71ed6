import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import type { TokenPayload } from '#src/platform/auth/actor.loader.js';
import { DUMMY_HASH, hashPassword, passwordProblem, verifyPassword } from '#src/platform/auth/password.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import type { Language } from '#src/platform/user/language.enum.js';
import { UserEntity } from '#src/platform/user/user.entity.js';

const INVALID = 'invalid email or password';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditLog,
  ) {}

  /** Says only "invalid email or password", whatever was wrong, and takes as long either way. */
  async login(email: string, password: string): Promise<LoginResult> {
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneBy({ email: email.trim().toLowerCase() });
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !valid || !user.active) throw new UnauthorizedException(INVALID);
    user.lastLoginAt = new Date();
    await users.update(user.id, { lastLoginAt: user.lastLoginAt });
    return this.issue(user);
  }

  /** A token for the user's current credential version; any change of password, role, offices or activity ends it. */
  private async issue(user: UserEntity): Promise<LoginResult> {
    const token = await this.jwt.signAsync({ sub: user.id, ver: user.credentialVersion } satisfies TokenPayload);
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1000), user };
  }

  me(actor: Actor): Promise<UserEntity> {
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
  }

  /**
   * Also ends every other session: the new password bumps the credential version, so tokens issued
   * before are refused. The caller's session goes on with the fresh token this returns.
   */
  async changeMyPassword(actor: Actor, currentPassword: string, newPassword: string): Promise<LoginResult> {
    const user = await this.dataSource.transaction(async (manager) => {
      await this.audit.actAs(manager, actor, { via: AuditPath.FORM, action: 'CHANGE_PASSWORD' });
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw InputError.field('currentPassword', 'is not your current password');
      }
      const problem = passwordProblem(newPassword, user.email);
      if (problem) throw InputError.field('newPassword', problem);
      user.passwordHash = await hashPassword(newPassword);
      await manager.save(UserEntity, user);
      // The trigger set the new credential version; read it back to sign with it.
      return manager.findOneByOrFail(UserEntity, { id: actor.userId });
    });
    return this.issue(user);
  }

  /** Setting the language already set changes nothing (and writes no audit entry). */
  async setMyLanguage(actor: Actor, language: Language): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.audit.actAs(manager, actor, { via: AuditPath.FORM, action: 'SET_LANGUAGE' });
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      if (user.language === language) return user;
      user.language = language;
      return manager.save(UserEntity, user);
    });
  }
}
