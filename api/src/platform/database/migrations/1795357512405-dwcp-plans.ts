import { MigrationInterface, QueryRunner } from 'typeorm';

export class DwcpPlans1795357512405 implements MigrationInterface {
  name = 'DwcpPlans1795357512405';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."programme_status" AS ENUM('DRAFT', 'ACTIVE', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "country_programme" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "office_id" integer NOT NULL, "country_code" character(3) NOT NULL, "title" character varying(300) NOT NULL, "start_year" smallint NOT NULL, "end_year" smallint NOT NULL, "status" "public"."programme_status" NOT NULL DEFAULT 'ACTIVE', CONSTRAINT "country_programme_years" CHECK ("end_year" >= "start_year"), CONSTRAINT "PK_2a7acf2394268f3773dfbd7e96d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_06e39a7dbf1f43608355d246e4" ON "country_programme"  ("office_id") `);
    await queryRunner.query(
      `CREATE TABLE "implementation_plan" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" integer NOT NULL, "year" smallint NOT NULL, "notes" text, CONSTRAINT "implementation_plan_year" UNIQUE ("programme_id", "year"), CONSTRAINT "PK_c80a3b79645f48b9b0f00390234" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_outcome" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" integer NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(500) NOT NULL, "description" text, "framework_outcome_ids" integer array NOT NULL DEFAULT '{}', CONSTRAINT "programme_outcome_code" UNIQUE ("programme_id", "code"), CONSTRAINT "PK_05ded96fef8508deabebe545fdb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."plan_item_kind" AS ENUM('OUTPUT', 'ACTIVITY')`);
    await queryRunner.query(`CREATE TYPE "public"."funding_source" AS ENUM('RB', 'RBTC', 'RBSA', 'XBTC')`);
    await queryRunner.query(
      `CREATE TABLE "plan_item" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" integer NOT NULL, "programme_outcome_id" integer, "kind" "public"."plan_item_kind" NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(500) NOT NULL, "description" text, "responsible" character varying(200), "start_period_id" integer NOT NULL, "end_period_id" integer NOT NULL, "funding_source" "public"."funding_source" NOT NULL, "budget_usd" numeric(14,2), "component_ids" integer array NOT NULL DEFAULT '{}', "knowledge_sharing" boolean NOT NULL DEFAULT false, CONSTRAINT "plan_item_code" UNIQUE ("plan_id", "code"), CONSTRAINT "PK_fbd65c4526b9af914f7ab1e9a3c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "country_programme" ADD CONSTRAINT "FK_06e39a7dbf1f43608355d246e4c" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "implementation_plan" ADD CONSTRAINT "FK_75096ff8ce18eab47875e17d0a0" FOREIGN KEY ("programme_id") REFERENCES "country_programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_outcome" ADD CONSTRAINT "FK_7a093295465f9ad7731ff52be01" FOREIGN KEY ("programme_id") REFERENCES "country_programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_item" ADD CONSTRAINT "FK_04b7fb4b4048f6fbe4ed1f06a0f" FOREIGN KEY ("plan_id") REFERENCES "implementation_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_item" ADD CONSTRAINT "FK_8ba67fdbd051b6c8684875f030e" FOREIGN KEY ("programme_outcome_id") REFERENCES "programme_outcome"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_item" ADD CONSTRAINT "FK_045e3b8e45feea0a6432c9233c8" FOREIGN KEY ("start_period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_item" ADD CONSTRAINT "FK_325ac128a2d859f47f7433395ba" FOREIGN KEY ("end_period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "FK_325ac128a2d859f47f7433395ba"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "FK_045e3b8e45feea0a6432c9233c8"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "FK_8ba67fdbd051b6c8684875f030e"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "FK_04b7fb4b4048f6fbe4ed1f06a0f"`);
    await queryRunner.query(`ALTER TABLE "programme_outcome" DROP CONSTRAINT "FK_7a093295465f9ad7731ff52be01"`);
    await queryRunner.query(`ALTER TABLE "implementation_plan" DROP CONSTRAINT "FK_75096ff8ce18eab47875e17d0a0"`);
    await queryRunner.query(`ALTER TABLE "country_programme" DROP CONSTRAINT "FK_06e39a7dbf1f43608355d246e4c"`);
    await queryRunner.query(`DROP TABLE "plan_item"`);
    await queryRunner.query(`DROP TYPE "public"."funding_source"`);
    await queryRunner.query(`DROP TYPE "public"."plan_item_kind"`);
    await queryRunner.query(`DROP TABLE "programme_outcome"`);
    await queryRunner.query(`DROP TABLE "implementation_plan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06e39a7dbf1f43608355d246e4"`);
    await queryRunner.query(`DROP TABLE "country_programme"`);
    await queryRunner.query(`DROP TYPE "public"."programme_status"`);
  }
}
