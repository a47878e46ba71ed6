import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change to a component's baseline or target is a new revision, in force from a date (the start
 * of a reporting period) with a reason, so that achievement for a past period keeps the target
 * that was in force then (docs/adr/0016-target-revisions.md). A revision may be for one office
 * (office_id) rather than the region (null). Each component starts with one regional revision
 * holding its baseline and target, made by a trigger for components created later, whatever the
 * path (form, import, demo loader); while a component has only that revision, a direct edit of its
 * baseline or target (allowed only before any result) rewrites it.
 *
 * Intermediate targets get an office too; a component may require its offices' targets to add up
 * to the region's (office_targets_add_up, checked by the service).
 */
export class TargetRevisions1795710000000 implements MigrationInterface {
  name = 'TargetRevisions1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "target_revision" (
         "id" SERIAL PRIMARY KEY,
         "created_at" timestamptz NOT NULL DEFAULT now(),
         "updated_at" timestamptz NOT NULL DEFAULT now(),
         "component_id" integer NOT NULL REFERENCES "indicator_component" ("id") ON DELETE CASCADE,
         "office_id" integer REFERENCES "office" ("id") ON DELETE RESTRICT,
         "baseline_value" numeric(18,4),
         "baseline_narrative" text,
         "target_value" numeric(18,4),
         "target_narrative" text,
         "applies_from" date NOT NULL,
         "applies_from_period_id" integer REFERENCES "reporting_period" ("id") ON DELETE RESTRICT,
         "reason" text NOT NULL,
         "created_by_id" integer REFERENCES "app_user" ("id") ON DELETE SET NULL
       )`,
    );
    await queryRunner.query(
      `CREATE INDEX "target_revision_in_force" ON "target_revision" ("component_id", "office_id", "applies_from")`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_component" ADD "office_targets_add_up" boolean NOT NULL DEFAULT false`,
    );
    // The first revision of a component: its baseline and target from the framework's start.
    const initialRevision = (component: string) => `
      INSERT INTO "target_revision"
        ("component_id", "baseline_value", "baseline_narrative", "target_value", "target_narrative",
         "applies_from", "reason", "created_at", "updated_at")
      SELECT c.id, c.baseline_value, c.baseline_narrative, c.target_value, c.target_narrative,
             f.start_date, 'Initial baseline and target', c.created_at, c.created_at
        FROM ${component} c
        JOIN "indicator" i ON i.id = c.indicator_id
        JOIN "outcome" o ON o.id = i.outcome_id
        JOIN "results_framework" f ON f.id = o.framework_id`;
    await queryRunner.query(`${initialRevision('"indicator_component"')} ORDER BY c.id`);
    await queryRunner.query(
      `CREATE FUNCTION target_revision_initial() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         ${initialRevision('(SELECT NEW.*) ')};
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "indicator_component_initial_target" AFTER INSERT ON "indicator_component"
         FOR EACH ROW EXECUTE FUNCTION target_revision_initial()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION target_revision_follows_component() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE "target_revision" r
            SET "baseline_value" = NEW.baseline_value, "baseline_narrative" = NEW.baseline_narrative,
                "target_value" = NEW.target_value, "target_narrative" = NEW.target_narrative, "updated_at" = now()
          WHERE r.component_id = NEW.id AND r.office_id IS NULL
            AND (SELECT count(*) FROM "target_revision" o WHERE o.component_id = NEW.id AND o.office_id IS NULL) = 1;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "indicator_component_target_follows" AFTER UPDATE ON "indicator_component"
         FOR EACH ROW WHEN (
           OLD.baseline_value IS DISTINCT FROM NEW.baseline_value OR OLD.target_value IS DISTINCT FROM NEW.target_value
           OR OLD.baseline_narrative IS DISTINCT FROM NEW.baseline_narrative
           OR OLD.target_narrative IS DISTINCT FROM NEW.target_narrative)
         EXECUTE FUNCTION target_revision_follows_component()`,
    );
    // Audited like every other table (migration AuditEveryRowChange); the row has its own office.
    await queryRunner.query(
      `CREATE TRIGGER "target_revision_audit" AFTER INSERT OR UPDATE OR DELETE ON "target_revision"
         FOR EACH ROW EXECUTE FUNCTION audit_row_change('TargetRevision', '')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "target_revision_audit_delete_begins" BEFORE DELETE ON "target_revision"
         FOR EACH STATEMENT EXECUTE FUNCTION audit_delete_begins()`,
    );
    // A progress source (migration DataRevision): a revision changes achievement.
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "target_revision_bumps_revision" AFTER INSERT OR UPDATE OR DELETE ON "target_revision"
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_revision"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "target_revision_truncate_bumps_revision" AFTER TRUNCATE ON "target_revision"
         FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_revision"()`,
    );
    // Intermediate targets per office: one per component, period and office (null: the region).
    await queryRunner.query(
      `ALTER TABLE "intermediate_target" ADD "office_id" integer REFERENCES "office" ("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`ALTER TABLE "intermediate_target" DROP CONSTRAINT "intermediate_target_period"`);
    await queryRunner.query(
      `ALTER TABLE "intermediate_target" ADD CONSTRAINT "intermediate_target_period"
         UNIQUE NULLS NOT DISTINCT ("component_id", "period_id", "office_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intermediate_target" DROP CONSTRAINT "intermediate_target_period"`);
    await queryRunner.query(`DELETE FROM "intermediate_target" WHERE "office_id" IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "intermediate_target" ADD CONSTRAINT "intermediate_target_period" UNIQUE ("component_id", "period_id")`,
    );
    await queryRunner.query(`ALTER TABLE "intermediate_target" DROP "office_id"`);
    await queryRunner.query(`DROP TRIGGER "indicator_component_target_follows" ON "indicator_component"`);
    await queryRunner.query(`DROP TRIGGER "indicator_component_initial_target" ON "indicator_component"`);
    await queryRunner.query(`DROP FUNCTION target_revision_follows_component()`);
    await queryRunner.query(`DROP FUNCTION target_revision_initial()`);
    await queryRunner.query(`DROP TABLE "target_revision"`);
    await queryRunner.query(`ALTER TABLE "indicator_component" DROP "office_targets_add_up"`);
  }
}
