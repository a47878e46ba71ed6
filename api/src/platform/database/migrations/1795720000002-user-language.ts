import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each user's language (en, fr, es): the interface remembers it and the tracker's emails
 * (reminders, late-report summaries) are written in it. Existing users keep English.
 */
export class UserLanguage1795720000002 implements MigrationInterface {
  name = 'UserLanguage1795720000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "language" character varying(2) NOT NULL DEFAULT 'en',
         ADD CONSTRAINT "app_user_language" CHECK ("language" IN ('en', 'fr', 'es'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_language", DROP COLUMN "language"`);
  }
}
