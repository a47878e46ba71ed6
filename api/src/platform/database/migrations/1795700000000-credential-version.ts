import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tokens carry the user's credential version (`ver`), and a token whose version is not the
 * user's current one is refused. The database bumps the version whenever what a token stands for
 * changes: deactivation, reactivation, a new password, another role or other offices, whichever
 * path makes the change. Replaces tokens_valid_after, which a reactivation brought old tokens back under.
 */
export class CredentialVersion1795700000000 implements MigrationInterface {
  name = 'CredentialVersion1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "credential_version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "tokens_valid_after"`);
    await queryRunner.query(`
      CREATE FUNCTION app_user_bump_credential_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.active IS DISTINCT FROM OLD.active
           OR NEW.password_hash IS DISTINCT FROM OLD.password_hash
           OR NEW.role IS DISTINCT FROM OLD.role
           OR NEW.office_ids IS DISTINCT FROM OLD.office_ids THEN
          NEW.credential_version := OLD.credential_version + 1;
        ELSE
          NEW.credential_version := OLD.credential_version;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER app_user_credential_version BEFORE UPDATE ON "app_user"
        FOR EACH ROW EXECUTE FUNCTION app_user_bump_credential_version()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER app_user_credential_version ON "app_user"`);
    await queryRunner.query(`DROP FUNCTION app_user_bump_credential_version()`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "tokens_valid_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "credential_version"`);
  }
}
