import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A new report's line starts from the previous quarter's status and % complete, marked carried
 * forward until the programme officer confirms it (issue 17, item 5).
 */
export class CarriedForwardLines1795730000001 implements MigrationInterface {
  name = 'CarriedForwardLines1795730000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "progress_report_line" ADD "carried_forward" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "progress_report_line" DROP "carried_forward"`);
  }
}
