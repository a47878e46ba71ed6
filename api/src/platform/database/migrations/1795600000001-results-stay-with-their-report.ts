import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A result entered through a progress report counts for viewers (and in approved-only figures) once
 * that report is APPROVED, and never before (docs/architecture.md, "Publication rule"). Two
 * invariants make that hold whatever happens later, enforced by the database for every path:
 * a result never changes report (it is neither detached nor moved: deleting a draft deletes its
 * values, by cascade, each deletion audited), and an approved report stays approved.
 */
export class ResultsStayWithTheirReport1795600000001 implements MigrationInterface {
  name = 'ResultsStayWithTheirReport1795600000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator_result" DROP CONSTRAINT "FK_44a5fc86a1415ce7e46f5fb49f5"`);
    await queryRunner.query(
      `ALTER TABLE "indicator_result" ADD CONSTRAINT "FK_44a5fc86a1415ce7e46f5fb49f5" FOREIGN KEY ("report_id")
         REFERENCES "progress_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE FUNCTION indicator_result_report_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.report_id IS DISTINCT FROM OLD.report_id THEN
           RAISE EXCEPTION 'a result stays with the report it was entered through (result %)', OLD.id
             USING ERRCODE = 'check_violation', CONSTRAINT = 'indicator_result_report_fixed';
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "indicator_result_report_fixed" BEFORE UPDATE OF "report_id" ON "indicator_result"
         FOR EACH ROW EXECUTE FUNCTION indicator_result_report_fixed()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION progress_report_approved_final() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF OLD.status = 'APPROVED' AND (TG_OP = 'DELETE' OR NEW.status <> 'APPROVED') THEN
           RAISE EXCEPTION 'an approved report stays approved (report %)', OLD.id
             USING ERRCODE = 'check_violation', CONSTRAINT = 'progress_report_approved_final';
         END IF;
         RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "progress_report_approved_final" BEFORE UPDATE OF "status" OR DELETE ON "progress_report"
         FOR EACH ROW EXECUTE FUNCTION progress_report_approved_final()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "progress_report_approved_final" ON "progress_report"`);
    await queryRunner.query(`DROP FUNCTION progress_report_approved_final()`);
    await queryRunner.query(`DROP TRIGGER "indicator_result_report_fixed" ON "indicator_result"`);
    await queryRunner.query(`DROP FUNCTION indicator_result_report_fixed()`);
    await queryRunner.query(`ALTER TABLE "indicator_result" DROP CONSTRAINT "FK_44a5fc86a1415ce7e46f5fb49f5"`);
    await queryRunner.query(
      `ALTER TABLE "indicator_result" ADD CONSTRAINT "FK_44a5fc86a1415ce7e46f5fb49f5" FOREIGN KEY ("report_id")
         REFERENCES "progress_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }
}
