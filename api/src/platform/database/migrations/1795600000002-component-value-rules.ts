import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each indicator component says what a plausible value is (component-rules.ts): bounds, whole
 * numbers, and a jump factor beyond which a result needs an explanation. Existing counts become
 * whole and non-negative, percentages 0-100, except where values already stored break that rule
 * (those keep no bound, to be set by KM staff, rather than have their history declared wrong).
 */
export class ComponentValueRules1795600000002 implements MigrationInterface {
  name = 'ComponentValueRules1795600000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "indicator_component"
         ADD "min_value" numeric(18,4),
         ADD "max_value" numeric(18,4),
         ADD "whole_number" boolean NOT NULL DEFAULT false,
         ADD "jump_factor" numeric(8,2),
         ADD CONSTRAINT "indicator_component_value_range" CHECK ("min_value" IS NULL OR "max_value" IS NULL OR "min_value" <= "max_value"),
         ADD CONSTRAINT "indicator_component_jump_factor" CHECK ("jump_factor" IS NULL OR "jump_factor" > 1)`,
    );
    const valuesOf = `(
      SELECT c.baseline_value AS value UNION ALL SELECT c.target_value
      UNION ALL SELECT r.value FROM indicator_result r WHERE r.component_id = c.id
      UNION ALL SELECT t.value FROM intermediate_target t WHERE t.component_id = c.id)`;
    await queryRunner.query(
      `UPDATE "indicator_component" c SET "min_value" = 0
         FROM "indicator" i
        WHERE i.id = c.indicator_id AND coalesce(c.measure, i.measure) IN ('NUMBER', 'PERCENT')
          AND NOT EXISTS (SELECT 1 FROM ${valuesOf} v WHERE v.value < 0)`,
    );
    await queryRunner.query(
      `UPDATE "indicator_component" c SET "max_value" = 100
         FROM "indicator" i
        WHERE i.id = c.indicator_id AND coalesce(c.measure, i.measure) = 'PERCENT'`,
    );
    await queryRunner.query(
      `UPDATE "indicator_component" c SET "whole_number" = true
         FROM "indicator" i
        WHERE i.id = c.indicator_id AND coalesce(c.measure, i.measure) = 'NUMBER'
          AND NOT EXISTS (SELECT 1 FROM ${valuesOf} v WHERE v.value <> trunc(v.value))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "indicator_component" DROP CONSTRAINT "indicator_component_jump_factor",
         DROP CONSTRAINT "indicator_component_value_range",
         DROP "jump_factor", DROP "whole_number", DROP "max_value", DROP "min_value"`,
    );
  }
}
