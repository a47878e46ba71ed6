import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Implementation plans as programme officers write them (issue 17, item 4): activities under
 * outputs of the same plan (a composite foreign key on (plan_id, parent_id)), expenditure to
 * date against each item's budget (never negative, never above the budget: ADR 0017), and the
 * yearly plan moved along the progress reports' workflow (DRAFT -> SUBMITTED -> APPROVED or
 * RETURNED), reusing their report_status type.
 */
export class PlanOutputsAndWorkflow1795730000000 implements MigrationInterface {
  name = 'PlanOutputsAndWorkflow1795730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "plan_item"
         ADD "parent_id" integer,
         ADD "expenditure_usd" numeric(14,2),
         ADD CONSTRAINT "plan_item_plan_id_id" UNIQUE ("plan_id", "id"),
         ADD CONSTRAINT "plan_item_parent_same_plan" FOREIGN KEY ("plan_id", "parent_id")
             REFERENCES "plan_item" ("plan_id", "id") ON DELETE RESTRICT,
         ADD CONSTRAINT "plan_item_parent_is_activity" CHECK ("parent_id" IS NULL OR "kind" = 'ACTIVITY'),
         ADD CONSTRAINT "plan_item_expenditure" CHECK ("expenditure_usd" IS NULL
             OR ("budget_usd" IS NOT NULL AND "expenditure_usd" >= 0 AND "expenditure_usd" <= "budget_usd"))`,
    );
    await queryRunner.query(`CREATE INDEX "plan_item_parent" ON "plan_item" ("parent_id")`);
    await queryRunner.query(
      `ALTER TABLE "implementation_plan"
         ADD "status" "report_status" NOT NULL DEFAULT 'DRAFT',
         ADD "version" integer NOT NULL DEFAULT 1,
         ADD "return_reason" text,
         ADD "first_submitted_at" TIMESTAMP WITH TIME ZONE,
         ADD "submitted_at" TIMESTAMP WITH TIME ZONE,
         ADD "submitted_by_id" integer,
         ADD "reviewed_at" TIMESTAMP WITH TIME ZONE,
         ADD "reviewed_by_id" integer`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "implementation_plan" DROP "status", DROP "version", DROP "return_reason",
         DROP "first_submitted_at", DROP "submitted_at", DROP "submitted_by_id", DROP "reviewed_at", DROP "reviewed_by_id"`,
    );
    await queryRunner.query(`DROP INDEX "plan_item_parent"`);
    await queryRunner.query(
      `ALTER TABLE "plan_item" DROP CONSTRAINT "plan_item_expenditure", DROP CONSTRAINT "plan_item_parent_is_activity",
         DROP CONSTRAINT "plan_item_parent_same_plan", DROP CONSTRAINT "plan_item_plan_id_id",
         DROP "expenditure_usd", DROP "parent_id"`,
    );
  }
}
