import { MigrationInterface, QueryRunner } from 'typeorm';

export class UsersAuditPublication1795356009015 implements MigrationInterface {
  name = 'UsersAuditPublication1795356009015';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" integer, "user_email" character varying(254), "entity_type" character varying(50) NOT NULL, "entity_id" integer NOT NULL, "action" character varying(30) NOT NULL, "changes" jsonb NOT NULL, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cfbd3da3d6664af0dab55783b5" ON "audit_entry"  ("entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'REGIONAL_MANAGER', 'KM_OFFICER', 'PROGRAMME_OFFICER', 'VIEWER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(200) NOT NULL, "active" boolean NOT NULL DEFAULT true, "role" "public"."user_role" NOT NULL, "office_ids" integer array NOT NULL DEFAULT '{}', "tokens_valid_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `);
    await queryRunner.query(`ALTER TABLE "results_framework" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    // Added by hand: the audit trail is append-only, whatever the client.
    await queryRunner.query(
      `CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entry_append_only ON "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION audit_entry_append_only()`);
    await queryRunner.query(`ALTER TABLE "results_framework" DROP COLUMN "published_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cfbd3da3d6664af0dab55783b5"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
