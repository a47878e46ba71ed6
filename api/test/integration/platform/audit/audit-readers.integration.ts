import { beforeAll, describe, expect, it } from '@jest/globals';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { ALL_ROLES, Role } from '#src/platform/auth/role.enum.js';
import { DemoDataLoader } from '#src/datasets/demo/demo-data.loader.js';
import { sharedTestApp, type GraphQLResponse, type TestApp } from '#test/utils/test-app.js';

const TRAIL = `query ($type: String!, $id: ID!) { auditTrail(entityType: $type, entityId: $id) { action } }`;
// Sampled ids per type: enough to cross offices, few enough to stay quick.
const PER_TYPE = 5;

interface Answer {
  answered: boolean;
  code?: string;
  /** The message with the id replaced, so that "no X with id 7" and "no X with id 99999" compare equal. */
  message?: string;
}

const answerOf = (response: GraphQLResponse, id: number): Answer => {
  if (!response.errors) return { answered: true };
  const [error] = response.errors;
  return { answered: false, code: error?.extensions?.code, message: error?.message.replaceAll(String(id), '<id>') };
};

/**
 * auditTrail(entityType, entityId) answers exactly when the caller could read the record with
 * X(id) (the type's roles and office scope); otherwise it answers as for an id that does not
 * exist. Every type whose history can be asked for, as every role, on the demo data.
 */
describe('audit readers follow X(id)', () => {
  let t: TestApp;
  let types: string[];
  const tokens = {} as Record<Role, string>;
  const samples = new Map<string, number[]>();

  beforeAll(async () => {
    t = await sharedTestApp();
    expect(await t.app.get(DemoDataLoader).loadIntoEmptyDatabase()).toBe(true);
    types = t.app.get(AuditLog).readerTypes();
    const rows = (await t.dataSource.query(
      `SELECT entity_type AS type, array_agg(DISTINCT entity_id ORDER BY entity_id) AS ids FROM audit_entry
        WHERE entity_id NOT IN (SELECT entity_id FROM audit_entry d WHERE d.entity_type = audit_entry.entity_type AND d.action = 'DELETE')
        GROUP BY entity_type`,
    )) as { type: string; ids: number[] }[];
    for (const { type, ids } of rows) {
      const step = Math.max(1, Math.floor(ids.length / PER_TYPE));
      samples.set(type, ids.filter((_, index) => index % step === 0).slice(0, PER_TYPE));
    }
    // The office with the most country programmes, and the office above it.
    const [busiest] = (await t.dataSource.query(
      `SELECT o.id, o.parent_id AS "parentId" FROM office o JOIN country_programme p ON p.office_id = o.id
        GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
    )) as { id: number; parentId: number }[];
    tokens.ADMIN = (await t.signedIn(Role.ADMIN)).token;
    tokens.REGIONAL_MANAGER = (await t.signedIn(Role.REGIONAL_MANAGER, [busiest!.parentId])).token;
    tokens.KM_OFFICER = (await t.signedIn(Role.KM_OFFICER, [busiest!.id])).token;
    tokens.PROGRAMME_OFFICER = (await t.signedIn(Role.PROGRAMME_OFFICER, [busiest!.id])).token;
    tokens.VIEWER = (await t.signedIn(Role.VIEWER)).token;
  });

  /**
   * Records with no X(id) query of their own are read through the record they belong to: a report
   * line through its report, a target revision through its component, a milestone's link to a
   * component through its milestone.
   */
  const READ_THROUGH: Record<string, { query: string; parentOf: string }> = {
    ProgressReportLine: {
      query: 'ProgressReport',
      parentOf: 'SELECT report_id AS id FROM progress_report_line WHERE id = $1',
    },
    TargetRevision: {
      query: 'IndicatorComponent',
      parentOf: 'SELECT component_id AS id FROM target_revision WHERE id = $1',
    },
    KmMilestoneComponent: {
      query: 'KmMilestone',
      parentOf: 'SELECT milestone_id AS id FROM km_milestone_component WHERE id = $1',
    },
  };

  /** Whether X(id) gives the record to `role` (or its parent's X(id), for READ_THROUGH types). */
  const readsRecord = async (type: string, id: number, role: Role): Promise<boolean> => {
    let query = type;
    let recordId = id;
    const through = READ_THROUGH[type];
    if (through) {
      const [parent] = (await t.dataSource.query(through.parentOf, [id])) as { id: number }[];
      query = through.query;
      recordId = parent!.id;
    }
    const response = await t.gql<Record<string, { id: string } | null>>(
      `query ($id: ID!) { record: ${query}(id: $id) { id } }`,
      { id: String(recordId) },
      tokens[role],
    );
    return response.data?.record != null;
  };

  it('has a reader for every audited type, and records of each in the demo data', () => {
    const audited = [...samples.keys()].sort();
    expect(audited.filter((type) => !types.includes(type))).toEqual([]);
    expect(audited.length).toBeGreaterThanOrEqual(20);
  });

  it('answers a history exactly when X(id) answers the record; otherwise as for an id that does not exist', async () => {
    const mismatches: unknown[] = [];
    let answered = 0;
    let hidden = 0;
    for (const type of types) {
      const ids = samples.get(type) ?? [];
      for (const role of ALL_ROLES) {
        const missingId = 2_000_000_000;
        const missing = answerOf(await t.gql(TRAIL, { type, id: String(missingId) }, tokens[role]), missingId);
        expect({ type, role, missing }).toEqual({
          type,
          role,
          missing:
            role === Role.VIEWER
              ? { answered: false, code: 'FORBIDDEN', message: expect.any(String) }
              : { answered: false, code: 'BAD_USER_INPUT', message: `entityId: no ${type} with id <id>` },
        });
        for (const id of ids) {
          const trail = answerOf(await t.gql(TRAIL, { type, id: String(id) }, tokens[role]), id);
          const readable = role !== Role.VIEWER && (await readsRecord(type, id, role));
          const expected = readable ? { answered: true } : missing;
          if (JSON.stringify(trail) !== JSON.stringify(expected)) mismatches.push({ type, id, role, trail, expected });
          if (trail.answered) answered += 1;
          else if (role !== Role.VIEWER) hidden += 1;
        }
      }
    }
    expect(mismatches).toEqual([]);
    // The walk saw both sides of the rule.
    expect(answered).toBeGreaterThan(100);
    expect(hidden).toBeGreaterThan(20);
  });

  it("keeps users' history to administrators", async () => {
    const [user] = (await t.dataSource.query('SELECT id FROM app_user ORDER BY id LIMIT 1')) as { id: number }[];
    for (const role of ALL_ROLES) {
      const trail = answerOf(await t.gql(TRAIL, { type: 'User', id: String(user!.id) }, tokens[role]), user!.id);
      expect({ role, answered: trail.answered }).toEqual({ role, answered: role === Role.ADMIN });
    }
  });
});
