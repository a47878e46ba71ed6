import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempt counters shared by every API instance (docs/adr/0005-login-rate-limiter.md):
 * one fixed window per key, the key a SHA-256 of "ip:<address>" or "email:<address>", so that
 * neither addresses nor emails are stored.
 */
export class LoginAttempts1795500000000 implements MigrationInterface {
  name = 'LoginAttempts1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_attempt_window" (
         "key_hash" bytea PRIMARY KEY,
         "window_ends_at" timestamptz NOT NULL,
         "attempts" integer NOT NULL CHECK ("attempts" > 0)
       )`,
    );
    await queryRunner.query(`CREATE INDEX "login_attempt_window_ends" ON "login_attempt_window" ("window_ends_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_attempt_window"`);
  }
}
