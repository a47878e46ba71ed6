import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgressReports1795357785190 implements MigrationInterface {
  name = 'ProgressReports1795357785190';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_snapshot" ("id" SERIAL NOT NULL, "report_id" integer NOT NULL, "event" character varying(20) NOT NULL, "version" integer NOT NULL, "by_user_id" integer, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "content" jsonb NOT NULL, CONSTRAINT "PK_5418c6b00adad99708e32914edf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d6392eed428cc5e328414ba398" ON "report_snapshot"  ("report_id", "id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."report_status" AS ENUM('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_report" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" integer NOT NULL, "period_id" integer NOT NULL, "office_id" integer NOT NULL, "status" "public"."report_status" NOT NULL DEFAULT 'DRAFT', "version" integer NOT NULL DEFAULT '1', "achievements" text, "challenges" text, "next_steps" text, "return_reason" text, "first_submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" integer, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_id" integer, CONSTRAINT "progress_report_programme_period" UNIQUE ("programme_id", "period_id"), CONSTRAINT "PK_de44d4f311d5a0132f49f9f0820" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3430e14eadcb62a447a5756f1e" ON "progress_report"  ("office_id", "period_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."line_status" AS ENUM('NOT_STARTED', 'ON_TRACK', 'DELAYED', 'COMPLETED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_report_line" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "report_id" integer NOT NULL, "plan_item_id" integer NOT NULL, "status" "public"."line_status" NOT NULL DEFAULT 'NOT_STARTED', "percent_complete" numeric(5,2), "narrative" text, "challenges" text, "reviewer_comment" text, "flagged" boolean NOT NULL DEFAULT false, CONSTRAINT "progress_report_line_item" UNIQUE ("report_id", "plan_item_id"), CONSTRAINT "PK_ad3084742ffd418f32aead1c04a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "indicator_result" ADD "report_id" integer`);
    await queryRunner.query(`CREATE INDEX "IDX_44a5fc86a1415ce7e46f5fb49f" ON "indicator_result"  ("report_id") `);
    await queryRunner.query(
      `ALTER TABLE "progress_report" ADD CONSTRAINT "FK_fdd498a3513953a0403c5918c21" FOREIGN KEY ("programme_id") REFERENCES "country_programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report" ADD CONSTRAINT "FK_758d86d3c886172c44e36453614" FOREIGN KEY ("period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report_line" ADD CONSTRAINT "FK_04994d827cc92af32defc18e997" FOREIGN KEY ("report_id") REFERENCES "progress_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report_line" ADD CONSTRAINT "FK_41e525095be4889bb81a3a24b7c" FOREIGN KEY ("plan_item_id") REFERENCES "plan_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_result" ADD CONSTRAINT "FK_44a5fc86a1415ce7e46f5fb49f5" FOREIGN KEY ("report_id") REFERENCES "progress_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator_result" DROP CONSTRAINT "FK_44a5fc86a1415ce7e46f5fb49f5"`);
    await queryRunner.query(`ALTER TABLE "progress_report_line" DROP CONSTRAINT "FK_41e525095be4889bb81a3a24b7c"`);
    await queryRunner.query(`ALTER TABLE "progress_report_line" DROP CONSTRAINT "FK_04994d827cc92af32defc18e997"`);
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "FK_758d86d3c886172c44e36453614"`);
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "FK_fdd498a3513953a0403c5918c21"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_44a5fc86a1415ce7e46f5fb49f"`);
    await queryRunner.query(`ALTER TABLE "indicator_result" DROP COLUMN "report_id"`);
    await queryRunner.query(`DROP TABLE "progress_report_line"`);
    await queryRunner.query(`DROP TYPE "public"."line_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3430e14eadcb62a447a5756f1e"`);
    await queryRunner.query(`DROP TABLE "progress_report"`);
    await queryRunner.query(`DROP TYPE "public"."report_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d6392eed428cc5e328414ba398"`);
    await queryRunner.query(`DROP TABLE "report_snapshot"`);
  }
}
