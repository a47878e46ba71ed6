import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795358452809 implements MigrationInterface {
  name = 'Notifications1795358452809';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" character varying(30) NOT NULL, "message" text NOT NULL, "report_id" integer, "programme_id" integer, "period_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, "reminded_on" date, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_709570ea23197bf75890da5a6a" ON "notification"  ("user_id", "read_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_709570ea23197bf75890da5a6a"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
