import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { DUMMY_HASH, hashPassword, passwordProblem, verifyPassword } from '#src/platform/auth/password.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import type { Language } from '#src/platform/user/language.enum.js';
import { UserEntity } from '#src/platform/user/user.entity.js';

const INVALID = 'invalid email or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditLog,
  ) {}

  /** Says only "invalid email or password", whatever was wrong, and takes as long either way. */
  async login(email: string, password: string): Promise<{ token: string; expiresAt: Date; user: UserEntity }> {
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneBy({ email: email.trim().toLowerCase() });
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !valid || !user.active) throw new UnauthorizedException(INVALID);
    user.lastLoginAt = new Date();
    await users.update(user.id, { lastLoginAt: user.lastLoginAt });
    const token = await this.jwt.signAsync({ sub: user.id });
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1000), user };
  }

  me(actor: Actor): Promise<UserEntity> {
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
  }

  /** Also ends every other session: tokens issued before the change are refused. */
  async changeMyPassword(actor: Actor, currentPassword: string, newPassword: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.audit.actAs(manager, actor, { via: AuditPath.FORM, action: 'CHANGE_PASSWORD' });
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw InputError.field('currentPassword', 'is not your current password');
      }
      const problem = passwordProblem(newPassword, user.email);
      if (problem) throw InputError.field('newPassword', problem);
      user.passwordHash = await hashPassword(newPassword);
      user.tokensValidAfter = new Date();
      return manager.save(UserEntity, user);
    });
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
