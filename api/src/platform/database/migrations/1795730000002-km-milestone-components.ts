import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A KM milestone advances any number of indicator components (issue 17, item 9): the single
 * km_milestone.component_id becomes a link table. Each link keeps its milestone's office (a
 * composite foreign key holds it equal), so the audit trigger files it under that office without
 * audit_office_of being redefined.
 */
export class KmMilestoneComponents1795730000002 implements MigrationInterface {
  name = 'KmMilestoneComponents1795730000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "km_milestone" ADD CONSTRAINT "km_milestone_id_office" UNIQUE ("id", "office_id")`);
    await queryRunner.query(
      `CREATE TABLE "km_milestone_component" (
         "id" SERIAL PRIMARY KEY,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "milestone_id" integer NOT NULL,
         "office_id" integer NOT NULL,
         "component_id" integer NOT NULL REFERENCES "indicator_component" ("id") ON DELETE RESTRICT,
         CONSTRAINT "km_milestone_component_unique" UNIQUE ("milestone_id", "component_id"),
         CONSTRAINT "km_milestone_component_milestone" FOREIGN KEY ("milestone_id", "office_id")
           REFERENCES "km_milestone" ("id", "office_id") ON DELETE CASCADE ON UPDATE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "km_milestone_component_component" ON "km_milestone_component" ("component_id")`);
    await queryRunner.query(
      `CREATE TRIGGER "km_milestone_component_audit" AFTER INSERT OR UPDATE OR DELETE ON "km_milestone_component"
         FOR EACH ROW EXECUTE FUNCTION audit_row_change('KmMilestoneComponent', '')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "km_milestone_component_audit_delete_begins" BEFORE DELETE ON "km_milestone_component"
         FOR EACH STATEMENT EXECUTE FUNCTION audit_delete_begins()`,
    );
    await queryRunner.query(
      `INSERT INTO "km_milestone_component" ("milestone_id", "office_id", "component_id")
       SELECT "id", "office_id", "component_id" FROM "km_milestone" WHERE "component_id" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "km_milestone" DROP "component_id"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "km_milestone" ADD "component_id" integer REFERENCES "indicator_component" ("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `UPDATE "km_milestone" m SET "component_id" = l."component_id"
         FROM (SELECT DISTINCT ON ("milestone_id") * FROM "km_milestone_component" ORDER BY "milestone_id", "id") l
        WHERE l."milestone_id" = m."id"`,
    );
    await queryRunner.query(`DROP TABLE "km_milestone_component"`);
    await queryRunner.query(`ALTER TABLE "km_milestone" DROP CONSTRAINT "km_milestone_id_office"`);
  }
}
