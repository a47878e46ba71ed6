import { MigrationInterface, QueryRunner } from 'typeorm';

export class KmContent1795366494493 implements MigrationInterface {
  name = 'KmContent1795366494493';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "quarterly_update" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "office_id" integer NOT NULL, "period_id" integer NOT NULL, "authors" character varying(200) NOT NULL, "area_of_work" character varying(200) NOT NULL, "executive_summary" text NOT NULL, "milestones_intro" text, "work_in_progress_intro" text, "work_in_progress_conclusion" text, "issues_intro" text, "contacts_intro" text, CONSTRAINT "quarterly_update_office_period" UNIQUE ("office_id", "period_id"), CONSTRAINT "PK_86012d0631ce68105d19c348f51" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5a15ae406cbcb80c0db98aa6bb" ON "quarterly_update"  ("period_id") `);
    await queryRunner.query(
      `CREATE TABLE "critical_issue" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "update_id" integer NOT NULL, "position" smallint NOT NULL, "title" character varying(500) NOT NULL, "description" text NOT NULL, CONSTRAINT "critical_issue_position" UNIQUE ("update_id", "position"), CONSTRAINT "PK_10fa82cda9c305dfec01982cd97" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "key_contact" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "update_id" integer NOT NULL, "position" smallint NOT NULL, "name" character varying(200) NOT NULL, "title" character varying(300) NOT NULL, "email" character varying(320) NOT NULL, CONSTRAINT "key_contact_position" UNIQUE ("update_id", "position"), CONSTRAINT "PK_b59c880d6bf48560dad63c0e8d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."community_status" AS ENUM('PLANNED', 'ACTIVE', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "community_of_practice" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "office_id" integer NOT NULL, "name" character varying(300) NOT NULL, "acronym" character varying(50) NOT NULL, "theme" character varying(200) NOT NULL, "launch_date" date, "address" character varying(2000), "status" "public"."community_status" NOT NULL DEFAULT 'ACTIVE', "description" text, CONSTRAINT "PK_76150a39e8cd262aa772672bd13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1c44eddc8e4fd3aee8c91ce21b" ON "community_of_practice"  ("acronym") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ffc3e4e00a21f7826d5f516bfa" ON "community_of_practice"  ("office_id") `);
    await queryRunner.query(
      `CREATE TABLE "km_milestone" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "office_id" integer NOT NULL, "start_date" date NOT NULL, "end_date" date, "title" character varying(500) NOT NULL, "description" text NOT NULL, "link" character varying(2000), "community_id" integer, "component_id" integer, CONSTRAINT "km_milestone_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_be8feb9ec4db57a7f635b24fd9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_00a65adf14e049b0e37bd2a024" ON "km_milestone"  ("office_id", "start_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "work_area" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "office_id" integer NOT NULL, "number" smallint NOT NULL, "title" character varying(500) NOT NULL, "description" text, CONSTRAINT "work_area_number" UNIQUE ("office_id", "number"), CONSTRAINT "PK_b1e87a9d9a877e495e9671e3f8d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."work_area_progress" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "work_area_status" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "work_area_id" integer NOT NULL, "period_id" integer NOT NULL, "status" "public"."work_area_progress" NOT NULL, "note" text, CONSTRAINT "work_area_status_period" UNIQUE ("work_area_id", "period_id"), CONSTRAINT "PK_93a19f1e9ccbf4fef0318a2ccda" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_448c13d380272178b7250c2c45" ON "work_area_status"  ("period_id") `);
    await queryRunner.query(
      `CREATE TABLE "cop_membership_target" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "community_id" integer NOT NULL, "position" smallint NOT NULL, "member_group" character varying(500) NOT NULL, "target_members" integer NOT NULL, "current_members" integer, CONSTRAINT "cop_membership_target_position" UNIQUE ("community_id", "position"), CONSTRAINT "cop_membership_target_counts" CHECK ("target_members" >= 0 AND ("current_members" IS NULL OR "current_members" >= 0)), CONSTRAINT "PK_c0734b825029b440a27e575961d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cop_discussion" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "community_id" integer NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "topic" character varying(500) NOT NULL, "moderator" character varying(200), "reach" integer, "summary" text, CONSTRAINT "cop_discussion_reach" CHECK ("reach" IS NULL OR "reach" >= 0), CONSTRAINT "cop_discussion_dates" CHECK ("end_date" >= "start_date"), CONSTRAINT "PK_6503474f7055133cca2cdc4bdb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6d5ef8b5b8fe46a9df1a063e9e" ON "cop_discussion"  ("community_id", "start_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "quarterly_update" ADD CONSTRAINT "FK_c465f82521270e9879078a0d4f2" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quarterly_update" ADD CONSTRAINT "FK_5a15ae406cbcb80c0db98aa6bb4" FOREIGN KEY ("period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "critical_issue" ADD CONSTRAINT "FK_9775088373ff220b0a6189ca720" FOREIGN KEY ("update_id") REFERENCES "quarterly_update"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "key_contact" ADD CONSTRAINT "FK_49a2ca9b8b7e21dba8eaca5a596" FOREIGN KEY ("update_id") REFERENCES "quarterly_update"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_of_practice" ADD CONSTRAINT "FK_ffc3e4e00a21f7826d5f516bfa8" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "km_milestone" ADD CONSTRAINT "FK_19046ff66823888dcba1f3df5f7" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "km_milestone" ADD CONSTRAINT "FK_786cf9669d3a66cdbb8558a3906" FOREIGN KEY ("community_id") REFERENCES "community_of_practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "km_milestone" ADD CONSTRAINT "FK_e5f3083902204eb791fc5a05c80" FOREIGN KEY ("component_id") REFERENCES "indicator_component"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_area" ADD CONSTRAINT "FK_62049ab141f85ec67966a0d9083" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_area_status" ADD CONSTRAINT "FK_03836851675881844f82021c900" FOREIGN KEY ("work_area_id") REFERENCES "work_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_area_status" ADD CONSTRAINT "FK_448c13d380272178b7250c2c45d" FOREIGN KEY ("period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cop_membership_target" ADD CONSTRAINT "FK_87d6b913520488b61f8bea3c829" FOREIGN KEY ("community_id") REFERENCES "community_of_practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cop_discussion" ADD CONSTRAINT "FK_e3859e70c2d603a0a7e6ee04b84" FOREIGN KEY ("community_id") REFERENCES "community_of_practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cop_discussion" DROP CONSTRAINT "FK_e3859e70c2d603a0a7e6ee04b84"`);
    await queryRunner.query(`ALTER TABLE "cop_membership_target" DROP CONSTRAINT "FK_87d6b913520488b61f8bea3c829"`);
    await queryRunner.query(`ALTER TABLE "work_area_status" DROP CONSTRAINT "FK_448c13d380272178b7250c2c45d"`);
    await queryRunner.query(`ALTER TABLE "work_area_status" DROP CONSTRAINT "FK_03836851675881844f82021c900"`);
    await queryRunner.query(`ALTER TABLE "work_area" DROP CONSTRAINT "FK_62049ab141f85ec67966a0d9083"`);
    await queryRunner.query(`ALTER TABLE "km_milestone" DROP CONSTRAINT "FK_e5f3083902204eb791fc5a05c80"`);
    await queryRunner.query(`ALTER TABLE "km_milestone" DROP CONSTRAINT "FK_786cf9669d3a66cdbb8558a3906"`);
    await queryRunner.query(`ALTER TABLE "km_milestone" DROP CONSTRAINT "FK_19046ff66823888dcba1f3df5f7"`);
    await queryRunner.query(`ALTER TABLE "community_of_practice" DROP CONSTRAINT "FK_ffc3e4e00a21f7826d5f516bfa8"`);
    await queryRunner.query(`ALTER TABLE "key_contact" DROP CONSTRAINT "FK_49a2ca9b8b7e21dba8eaca5a596"`);
    await queryRunner.query(`ALTER TABLE "critical_issue" DROP CONSTRAINT "FK_9775088373ff220b0a6189ca720"`);
    await queryRunner.query(`ALTER TABLE "quarterly_update" DROP CONSTRAINT "FK_5a15ae406cbcb80c0db98aa6bb4"`);
    await queryRunner.query(`ALTER TABLE "quarterly_update" DROP CONSTRAINT "FK_c465f82521270e9879078a0d4f2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d5ef8b5b8fe46a9df1a063e9e"`);
    await queryRunner.query(`DROP TABLE "cop_discussion"`);
    await queryRunner.query(`DROP TABLE "cop_membership_target"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_448c13d380272178b7250c2c45"`);
    await queryRunner.query(`DROP TABLE "work_area_status"`);
    await queryRunner.query(`DROP TYPE "public"."work_area_progress"`);
    await queryRunner.query(`DROP TABLE "work_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_00a65adf14e049b0e37bd2a024"`);
    await queryRunner.query(`DROP TABLE "km_milestone"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ffc3e4e00a21f7826d5f516bfa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c44eddc8e4fd3aee8c91ce21b"`);
    await queryRunner.query(`DROP TABLE "community_of_practice"`);
    await queryRunner.query(`DROP TYPE "public"."community_status"`);
    await queryRunner.query(`DROP TABLE "key_contact"`);
    await queryRunner.query(`DROP TABLE "critical_issue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5a15ae406cbcb80c0db98aa6bb"`);
    await queryRunner.query(`DROP TABLE "quarterly_update"`);
  }
}
