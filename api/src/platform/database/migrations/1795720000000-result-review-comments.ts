import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reviewer returning a report can flag an indicator result line with a comment, as plan item
 * lines already can (progress_report_line.flagged / reviewer_comment). The audit trigger on
 * indicator_result records the new columns with the rest of the row.
 */
export class ResultReviewComments1795720000000 implements MigrationInterface {
  name = 'ResultReviewComments1795720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "indicator_result" ADD "reviewer_comment" text, ADD "flagged" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator_result" DROP COLUMN "flagged", DROP COLUMN "reviewer_comment"`);
  }
}
