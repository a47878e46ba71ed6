import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ReportingClock reads "today" from REPORTING_DATE, else from app_metadata's
 * reporting_reference_date, else the real date. A database that already holds the demo data gets
 * the demo's day (2009-08-20: the 2009-Q2 reports were due on 15 July, 2009-Q3 is under way), as
 * the demo loader now writes it for new ones. The value is copied here, not imported: a migration
 * stays as it was written.
 */
export class DemoReportingDate1795720000001 implements MigrationInterface {
  name = 'DemoReportingDate1795720000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "app_metadata" ("key", "value")
       SELECT 'reporting_reference_date', '2009-08-20'
        WHERE EXISTS (SELECT 1 FROM "app_metadata" WHERE "key" = 'dataset' AND "value" = 'demo')
       ON CONFLICT ("key") DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "app_metadata" WHERE "key" = 'reporting_reference_date'`);
  }
}
