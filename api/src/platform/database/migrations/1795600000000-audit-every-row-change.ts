import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log moves into the database (docs/architecture.md, "Audit model"): one row trigger on
 * every audited table writes the entry in the statement's own transaction, so that no path
 * (a GraphQL save, a template import, a workflow step, a bulk UPDATE, a foreign-key cascade) can
 * change a value without its history. The application only says who acts and through which path,
 * with transaction-local settings (roap.user_id, roap.user_email, roap.via, roap.action,
 * roap.reason). Entries also keep the record's office, so a deleted record's history stays
 * readable by whoever could read the record, and its parent report, so a report's lines and
 * results read as one timeline.
 */
// Frozen here as this migration made them; a table audited later gets its trigger in its own migration.
const AUDITED_TABLES: { table: string; entityType: string; redacted: string[] }[] = [
  ['office', 'Office'],
  ['app_user', 'User'],
  ['reporting_period', 'ReportingPeriod'],
  ['results_framework', 'ResultsFramework'],
  ['outcome', 'Outcome'],
  ['indicator', 'Indicator'],
  ['indicator_component', 'IndicatorComponent'],
  ['intermediate_target', 'IntermediateTarget'],
  ['indicator_result', 'IndicatorResult'],
  ['country_programme', 'CountryProgramme'],
  ['programme_outcome', 'ProgrammeOutcome'],
  ['implementation_plan', 'ImplementationPlan'],
  ['plan_item', 'PlanItem'],
  ['progress_report', 'ProgressReport'],
  ['progress_report_line', 'ProgressReportLine'],
  ['quarterly_update', 'QuarterlyUpdate'],
  ['critical_issue', 'CriticalIssue'],
  ['key_contact', 'KeyContact'],
  ['work_area', 'WorkArea'],
  ['work_area_status', 'WorkAreaStatus'],
  ['km_milestone', 'KmMilestone'],
  ['community_of_practice', 'CommunityOfPractice'],
  ['cop_membership_target', 'CopMembershipTarget'],
  ['cop_discussion', 'CopDiscussion'],
].map(([table, entityType]) => ({ table: table!, entityType: entityType!, redacted: table === 'app_user' ? ['password_hash'] : [] }));

export class AuditEveryRowChange1795600000000 implements MigrationInterface {
  name = 'AuditEveryRowChange1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audit_entry"
         ADD "via" varchar(20) NOT NULL DEFAULT 'SYSTEM',
         ADD "office_id" integer,
         ADD "parent_type" varchar(50),
         ADD "parent_id" integer,
         ADD "reason" text`,
    );
    await queryRunner.query(`CREATE INDEX "audit_entry_parent" ON "audit_entry" ("parent_type", "parent_id")`);
    // TRUNCATE fires no row trigger: refuse it like UPDATE and DELETE.
    await queryRunner.query(
      `CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry"
         FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION audit_setting(name text) RETURNS text LANGUAGE sql STABLE AS
         $$ SELECT nullif(current_setting('roap.' || name, true), '') $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION audit_field_name(column_name text) RETURNS text LANGUAGE sql IMMUTABLE AS
         $$ SELECT lower(left(column_name, 1)) || substr(replace(initcap(column_name), '_', ''), 2) $$`,
    );
    // The office a row belongs to, through its parents; null for records of no office (the framework).
    await queryRunner.query(
      `CREATE FUNCTION audit_office_of(table_name text, r jsonb) RETURNS integer LANGUAGE plpgsql STABLE AS $$
       BEGIN
         IF r ? 'office_id' THEN RETURN (r->>'office_id')::int; END IF;
         RETURN CASE table_name
           WHEN 'office' THEN (r->>'id')::int
           WHEN 'progress_report_line' THEN (SELECT office_id FROM progress_report WHERE id = (r->>'report_id')::int)
           WHEN 'implementation_plan' THEN (SELECT office_id FROM country_programme WHERE id = (r->>'programme_id')::int)
           WHEN 'programme_outcome' THEN (SELECT office_id FROM country_programme WHERE id = (r->>'programme_id')::int)
           WHEN 'plan_item' THEN (SELECT c.office_id FROM implementation_plan p
                                    JOIN country_programme c ON c.id = p.programme_id
                                   WHERE p.id = (r->>'plan_id')::int)
           WHEN 'critical_issue' THEN (SELECT office_id FROM quarterly_update WHERE id = (r->>'update_id')::int)
           WHEN 'key_contact' THEN (SELECT office_id FROM quarterly_update WHERE id = (r->>'update_id')::int)
           WHEN 'work_area_status' THEN (SELECT office_id FROM work_area WHERE id = (r->>'work_area_id')::int)
           WHEN 'cop_membership_target' THEN (SELECT office_id FROM community_of_practice WHERE id = (r->>'community_id')::int)
           WHEN 'cop_discussion' THEN (SELECT office_id FROM community_of_practice WHERE id = (r->>'community_id')::int)
         END;
       END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         audited_type text := TG_ARGV[0];
         redacted text[] := string_to_array(coalesce(TG_ARGV[1], ''), ',');
         old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
         new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
         current_row jsonb := coalesce(new_row, old_row);
         changes jsonb := '[]';
         col text;
         before_value jsonb;
         after_value jsonb;
         office integer;
       BEGIN
         IF audit_setting('audit') = 'off' THEN RETURN NULL; END IF;
         FOR col IN
           SELECT attname FROM pg_attribute
            WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped
              AND attname NOT IN ('id', 'created_at', 'updated_at', 'last_login_at')
            ORDER BY attnum
         LOOP
           before_value := coalesce(old_row -> col, 'null');
           after_value := coalesce(new_row -> col, 'null');
           CONTINUE WHEN before_value = after_value;
           IF col = ANY (redacted) THEN
             before_value := CASE WHEN before_value = 'null' THEN before_value ELSE '"[redacted]"' END;
             after_value := CASE WHEN after_value = 'null' THEN after_value ELSE '"[redacted]"' END;
           END IF;
           changes := changes || jsonb_build_object(
             'field', audit_field_name(col), 'before', before_value, 'after', after_value);
         END LOOP;
         -- A save that changes nothing leaves no entry.
         IF TG_OP = 'UPDATE' AND changes = '[]' THEN RETURN NULL; END IF;
         office := audit_office_of(TG_TABLE_NAME, current_row);
         IF office IS NULL AND TG_OP = 'DELETE' THEN
           -- Deleted with its parent: the parent is gone, but the record's own history knows its office.
           SELECT a.office_id INTO office FROM audit_entry a
            WHERE a.entity_type = audited_type AND a.entity_id = (current_row->>'id')::int AND a.office_id IS NOT NULL
            ORDER BY a.id DESC LIMIT 1;
         END IF;
         INSERT INTO audit_entry
           (user_id, user_email, entity_type, entity_id, action, changes, via, office_id, parent_type, parent_id, reason)
         VALUES (
           audit_setting('user_id')::int,
           audit_setting('user_email'),
           audited_type,
           (current_row->>'id')::int,
           CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'DELETE' THEN 'DELETE'
                      ELSE coalesce(audit_setting('action'), 'UPDATE') END,
           changes,
           CASE WHEN TG_OP = 'DELETE' AND audit_setting('deleting') <> TG_TABLE_NAME THEN 'CASCADE'
                ELSE coalesce(audit_setting('via'), 'SYSTEM') END,
           office,
           CASE WHEN current_row->>'report_id' IS NOT NULL THEN 'ProgressReport' END,
           (current_row->>'report_id')::int,
           audit_setting('reason'));
         RETURN NULL;
       END $$`,
    );
    // A DELETE statement of the application (depth 1) names its table for the transaction; rows of
    // other tables deleted meanwhile go by foreign-key cascade (whose statements run at depth 2).
    await queryRunner.query(
      `CREATE FUNCTION audit_delete_begins() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF pg_trigger_depth() = 1 THEN PERFORM set_config('roap.deleting', TG_TABLE_NAME, true); END IF;
         RETURN NULL;
       END $$`,
    );
    for (const { table, entityType, redacted } of AUDITED_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
           FOR EACH ROW EXECUTE FUNCTION audit_row_change('${entityType}', '${redacted.join(',')}')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_audit_delete_begins" BEFORE DELETE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION audit_delete_begins()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of AUDITED_TABLES) {
      for (const suffix of ['audit', 'audit_delete_begins']) {
        await queryRunner.query(`DROP TRIGGER "${table}_${suffix}" ON "${table}"`);
      }
    }
    await queryRunner.query(`DROP FUNCTION audit_delete_begins()`);
    await queryRunner.query(`DROP FUNCTION audit_row_change()`);
    await queryRunner.query(`DROP FUNCTION audit_office_of(text, jsonb)`);
    await queryRunner.query(`DROP FUNCTION audit_field_name(text)`);
    await queryRunner.query(`DROP FUNCTION audit_setting(text)`);
    await queryRunner.query(`DROP TRIGGER "audit_entry_no_truncate" ON "audit_entry"`);
    await queryRunner.query(`DROP INDEX "audit_entry_parent"`);
    await queryRunner.query(
      `ALTER TABLE "audit_entry" DROP "via", DROP "office_id", DROP "parent_type", DROP "parent_id", DROP "reason"`,
    );
  }
}
