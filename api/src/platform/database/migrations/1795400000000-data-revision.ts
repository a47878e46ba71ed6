import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose writes can change an indicator's progress (progress.sql.ts reads them). */
export const PROGRESS_SOURCE_TABLES = [
  'indicator_result',
  'indicator_component',
  'indicator',
  'outcome',
  'results_framework',
  'intermediate_target',
  'reporting_period',
  // The office tree decides which offices an office's figures include.
  'office',
] as const;

/**
 * A counter that every committed change to the progress sources moves on, so that each API
 * instance may keep computed progress in memory and know, with one indexed read in the same
 * snapshot as the data, whether it is still current (docs/adr/0008-progress-cache.md).
 *
 * The counter is bumped by deferred constraint triggers, at commit and at most once per
 * transaction: its row lock is the last one a writer takes, so it cannot join a deadlock, and it is
 * held only for the commit itself.
 */
export class DataRevision1795400000000 implements MigrationInterface {
  name = 'DataRevision1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "data_revision" ("id" smallint PRIMARY KEY CHECK ("id" = 1), "revision" bigint NOT NULL)`,
    );
    await queryRunner.query(`INSERT INTO "data_revision" ("id", "revision") VALUES (1, 1)`);
    // Never below the clock in microseconds: a database restored from a backup goes on from past
    // every revision any instance may have seen since, never repeating one. db:restore calls it too.
    await queryRunner.query(`
      CREATE FUNCTION "move_data_revision"() RETURNS void LANGUAGE sql AS $$
        UPDATE "data_revision"
           SET "revision" = GREATEST("revision" + 1, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
         WHERE "id" = 1
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION "bump_data_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF COALESCE(current_setting('roap.data_revision_bumped', true), '') <> 'yes' THEN
          PERFORM set_config('roap.data_revision_bumped', 'yes', true);
          PERFORM "move_data_revision"();
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of PROGRESS_SOURCE_TABLES) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "${table}_bumps_revision" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_revision"()`,
      );
      // TRUNCATE fires no row trigger; it locks the whole table anyway, so bump at once.
      await queryRunner.query(
        `CREATE TRIGGER "${table}_truncate_bumps_revision" AFTER TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_revision"()`,
      );
    }
    // A report's status decides whether its results count; its other columns do not.
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "progress_report_status_bumps_revision" AFTER UPDATE ON "progress_report"
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status")
         EXECUTE FUNCTION "bump_data_revision"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "progress_report_truncate_bumps_revision" AFTER TRUNCATE ON "progress_report"
         FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_revision"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...PROGRESS_SOURCE_TABLES, 'progress_report']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS "${table}_bumps_revision" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS "${table}_truncate_bumps_revision" ON "${table}"`);
    }
    await queryRunner.query(`DROP TRIGGER IF EXISTS "progress_report_status_bumps_revision" ON "progress_report"`);
    await queryRunner.query(`DROP FUNCTION "bump_data_revision"()`);
    await queryRunner.query(`DROP FUNCTION "move_data_revision"()`);
    await queryRunner.query(`DROP TABLE "data_revision"`);
  }
}
