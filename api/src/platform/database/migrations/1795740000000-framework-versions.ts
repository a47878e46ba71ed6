import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A framework can be the next version of another (copyResultsFramework), and each indicator of the
 * copy the next version of the indicator it was copied from, so that a trend can follow an
 * indicator across versions (docs/adr/0016-framework-versions.md). A version has at most one
 * successor (unique); deleting a version leaves its successor without a predecessor (SET NULL).
 * The audit triggers read the columns of each row as they find them: the new column is audited
 * without touching them.
 */
export class FrameworkVersions1795740000000 implements MigrationInterface {
  name = 'FrameworkVersions1795740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['results_framework', 'indicator']) {
      await queryRunner.query(
        `ALTER TABLE "${table}"
           ADD "predecessor_id" integer,
           ADD CONSTRAINT "${table}_predecessor_unique" UNIQUE ("predecessor_id"),
           ADD CONSTRAINT "${table}_predecessor_fk" FOREIGN KEY ("predecessor_id")
             REFERENCES "${table}"("id") ON DELETE SET NULL ON UPDATE NO ACTION,
           ADD CONSTRAINT "${table}_predecessor_not_itself" CHECK ("predecessor_id" <> "id")`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['indicator', 'results_framework']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP "predecessor_id"`);
    }
  }
}
