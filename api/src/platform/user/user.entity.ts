import { Check, Column, Entity, Index } from 'typeorm';
import { Role } from '#src/platform/auth/role.enum.js';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { Language } from '#src/platform/user/language.enum.js';

@Entity('app_user')
@Check('app_user_language', `"language" IN ('en', 'fr', 'es')`)
export class UserEntity extends TimestampedEntity {
  /** Stored lower-case; unique. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** argon2id; never leaves the server. */
  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  /** Offices the user works for (checked against the office table by the services). */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  officeIds: number[];

  /**
   * Tokens carry it (`ver`); one of another version is refused. Bumped by a database trigger on
   * deactivation, reactivation and a change of password, role or offices (migration CredentialVersion).
   */
  @Column({ type: 'int', default: 1, update: false })
  credentialVersion: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** The interface's language for this user, and the language of the emails sent to them. */
  @Column({ type: 'varchar', length: 2, default: Language.EN })
  language: Language;
}
