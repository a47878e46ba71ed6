import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';
import { createComponent, createFramework, createIndicator, createOutcome } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { dataOf, expectFieldError, expectRefused } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

const COPY = `mutation ($id: ID!, $title: String!, $description: String, $start: LocalDate!, $end: LocalDate!) {
  copyResultsFramework(id: $id, title: $title, description: $description, startDate: $start, endDate: $end) {
    id title description startDate endDate publishedAt predecessor { id title } successor { id } } }`;

// The structure of a framework as a reader sees it: what a copy must reproduce.
const STRUCTURE = `query ($id: ID!) { ResultsFramework(id: $id) {
  title predecessor { id } successor { id title }
  outcomes { number title description indicators {
    id code title description scope measure direction aggregation unit predecessor { id code } successor { id }
    components { label measure unit baselineValue baselineNarrative baselineDate targetValue targetNarrative
      targetPeriod { code } minValue maxValue wholeNumber jumpFactor officeTargetsAddUp intermediateTargets { value } } } } } }`;
const REVISIONS = `query ($c: ID!) { targetRevisions(componentId: $c) {
  officeId baselineValue targetValue targetNarrative appliesFrom reason } }`;
const COMPONENT_IDS = `query ($id: ID!) { ResultsFramework(id: $id) { outcomes { indicators { code components { id label } } } } }`;

interface Structure {
  title: string;
  predecessor: { id: string } | null;
  successor: { id: string; title: string } | null;
  outcomes: {
    number: number;
    indicators: {
      id: string;
      code: string;
      predecessor: { id: string; code: string } | null;
      successor: { id: string } | null;
      components: Record<string, unknown>[];
    }[];
  }[];
}

type Copy = {
  copyResultsFramework: {
    id: string;
    title: string;
    description: string | null;
    startDate: string;
    endDate: string;
    publishedAt: string | null;
    predecessor: { id: string; title: string } | null;
    successor: { id: string } | null;
  };
};

// "New version": a framework copied for a new period, each indicator linked to the one it continues.
describe('framework versions', () => {
  let t: TestApp;
  let source: string;
  let before: Structure;
  let copy: Copy['copyResultsFramework'];
  let dhakaId: number;

  const structureOf = async (id: string, token?: string) =>
    dataOf(await t.gql<{ ResultsFramework: Structure }>(STRUCTURE, { id }, token)).ResultsFramework;
  const tableCount = async (table: string) =>
    Number(((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`)) as { n: string }[])[0]!.n);

  beforeAll(async () => {
    t = await sharedTestApp();
    const ds = t.dataSource;
    const { dhaka } = await createRegion(ds);
    dhakaId = dhaka.id;
    const periods = await createPeriods(ds, ['2008', '2009-Q1', '2009-Q2']);
    const framework = await createFramework(ds, { title: 'Knowledge strategy 2008-09' });
    const one = await createOutcome(ds, framework.id, { number: 1, title: 'Shared knowledge', description: 'KS' });
    const four = await createOutcome(ds, framework.id, { number: 4, title: 'Better tools' });
    const i11 = await createIndicator(ds, one, { code: '1.1', title: 'Share of offices', unit: '%' });
    await createComponent(ds, i11, {
      position: 1,
      targetPeriodId: periods['2008']!.id,
      minValue: 0,
      maxValue: 100,
      officeTargetsAddUp: true,
    });
    const events = await createComponent(ds, i11, {
      position: 2,
      measure: Measure.NUMBER,
      baselineValue: 2,
      targetValue: 6,
      wholeNumber: true,
      jumpFactor: 3,
    });
    const i42 = await createIndicator(ds, four, { code: '4.2', measure: Measure.MILESTONE, unit: null });
    const milestone = await createComponent(ds, i42, {
      baselineValue: null,
      targetValue: null,
      targetNarrative: 'A tool in every office',
    });
    // Results and an intermediate target belong to the 2008-09 period: they must stay there.
    await createResult(ds, { componentId: milestone.id, periodId: periods['2009-Q1']!.id, officeId: dhaka.id });
    const [firstOfI11] = (await ds.query(
      `SELECT id FROM indicator_component WHERE indicator_id = $1 AND position = 1`,
      [i11.id],
    )) as { id: number }[];
    await ds.query(`INSERT INTO intermediate_target (component_id, period_id, value) VALUES ($1, $2, 15)`, [
      firstOfI11!.id,
      periods['2008']!.id,
    ]);
    // Dhaka's own target for part (ii), revised twice: its latest is carried over.
    for (const [period, target] of [
      ['2008', 3],
      ['2009-Q1', 4],
    ] as const) {
      dataOf(
        await t.gql(
          `mutation ($c: ID!, $o: ID, $p: ID!, $v: Float) {
             reviseComponentTarget(componentId: $c, officeId: $o, appliesFromPeriodId: $p, targetValue: $v, reason: "Dhaka's share") { id } }`,
          { c: String(events.id), o: String(dhaka.id), p: String(periods[period]!.id), v: target },
        ),
      );
    }
    source = String(framework.id);
    before = await structureOf(source);
  });

  it('copies outcomes, indicators and components into a new framework linked to its predecessor', async () => {
    const results = await tableCount('indicator_result');
    const targets = await tableCount('intermediate_target');
    copy = dataOf(
      await t.gql<Copy>(COPY, {
        id: source,
        title: '  Knowledge strategy 2010-11 ',
        description: 'Second biennium',
        start: '2010-01-01',
        end: '2011-12-31',
      }),
    ).copyResultsFramework;
    expect(copy).toMatchObject({
      title: 'Knowledge strategy 2010-11',
      description: 'Second biennium',
      startDate: '2010-01-01',
      endDate: '2011-12-31',
      publishedAt: null,
      predecessor: { id: source, title: 'Knowledge strategy 2008-09' },
      successor: null,
    });

    const after = await structureOf(copy.id);
    // The same outcomes, indicators and components, field by field; the target period of 2008 lies
    // outside 2010-11 and the target falls due at the new framework's end; no intermediate targets.
    const withoutVersions = (structure: Structure) =>
      structure.outcomes.map(({ indicators, ...outcome }) => ({
        ...outcome,
        indicators: indicators.map(({ id: _id, predecessor: _p, successor: _s, components, ...indicator }) => ({
          ...indicator,
          components: components.map((component) => ({ ...component, targetPeriod: null, intermediateTargets: [] })),
        })),
      }));
    expect(withoutVersions(after)).toEqual(withoutVersions(before));
    expect(after.outcomes.flatMap((outcome) => outcome.indicators).map((i) => i.components.length)).toEqual([2, 1]);

    // Each new indicator continues the one of the same code, and that one now has it as successor.
    const previous = before.outcomes.flatMap((outcome) => outcome.indicators);
    const copied = after.outcomes.flatMap((outcome) => outcome.indicators);
    expect(copied.map((indicator) => [indicator.code, indicator.predecessor])).toEqual(
      previous.map((indicator) => [indicator.code, { id: indicator.id, code: indicator.code }]),
    );
    expect(copied.every((indicator) => !previous.some((old) => old.id === indicator.id))).toBe(true);

    // The original is untouched, except that it now knows its successor; no result or target was copied.
    const original = await structureOf(source);
    expect(original.successor).toEqual({ id: copy.id, title: 'Knowledge strategy 2010-11' });
    expect(original.outcomes.flatMap((o) => o.indicators).map((i) => i.successor?.id)).toEqual(
      copied.map((indicator) => indicator.id),
    );
    const strip = (structure: Structure) =>
      structure.outcomes.map((outcome) => ({
        ...outcome,
        indicators: outcome.indicators.map(({ successor: _s, ...indicator }) => indicator),
      }));
    expect(strip(original)).toEqual(strip(before));
    expect(await tableCount('indicator_result')).toBe(results);
    expect(await tableCount('intermediate_target')).toBe(targets);
  });

  it("carries the region's and each office's latest target over, from the new version's start", async () => {
    const components = dataOf(
      await t.gql<{
        ResultsFramework: {
          outcomes: { indicators: { code: string; components: { id: string; label: string }[] }[] }[];
        };
      }>(COMPONENT_IDS, { id: copy.id }),
    ).ResultsFramework.outcomes.flatMap((outcome) => outcome.indicators);
    const part = components.find((indicator) => indicator.code === '1.1')!.components[1]!;
    const revisions = dataOf(
      await t.gql<{ targetRevisions: Record<string, unknown>[] }>(REVISIONS, { c: part.id }),
    ).targetRevisions;
    expect(revisions).toEqual([
      {
        officeId: null,
        baselineValue: 2,
        targetValue: 6,
        targetNarrative: 'At least 25 per cent',
        appliesFrom: '2010-01-01',
        reason: 'Initial baseline and target',
      },
      {
        officeId: String(dhakaId),
        baselineValue: 2,
        targetValue: 4,
        targetNarrative: 'At least 25 per cent',
        appliesFrom: '2010-01-01',
        reason: 'Carried over from "Knowledge strategy 2008-09"',
      },
    ]);
  });

  it('audits every copied row as a creation by the caller, through the form path', async () => {
    const entries = (await t.dataSource.query(
      `SELECT entity_type AS "type", action, via, user_email AS "email", count(*)::int AS n
         FROM audit_entry
        WHERE action = 'CREATE' AND (
              (entity_type = 'ResultsFramework' AND entity_id = $1)
           OR (entity_type = 'Outcome' AND entity_id IN (SELECT id FROM outcome WHERE framework_id = $1))
           OR (entity_type = 'Indicator' AND entity_id IN (
                SELECT i.id FROM indicator i JOIN outcome o ON o.id = i.outcome_id WHERE o.framework_id = $1))
           OR (entity_type = 'IndicatorComponent' AND entity_id IN (
                SELECT c.id FROM indicator_component c JOIN indicator i ON i.id = c.indicator_id
                  JOIN outcome o ON o.id = i.outcome_id WHERE o.framework_id = $1)))
        GROUP BY 1, 2, 3, 4 ORDER BY 1`,
      [Number(copy.id)],
    )) as { type: string; action: string; via: string; email: string; n: number }[];
    expect(entries).toEqual(
      [
        ['Indicator', 2],
        ['IndicatorComponent', 3],
        ['Outcome', 2],
        ['ResultsFramework', 1],
      ].map(([type, n]) => ({ type, action: 'CREATE', via: 'FORM', email: 'test-admin@example.org', n })),
    );
    // The targets carried over too: three regional first revisions (by trigger) and Dhaka's.
    const [revisions] = (await t.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT user_email)::int AS users, min(user_email) AS email
         FROM audit_entry a JOIN target_revision r ON r.id = a.entity_id
         JOIN indicator_component c ON c.id = r.component_id JOIN indicator i ON i.id = c.indicator_id
         JOIN outcome o ON o.id = i.outcome_id
        WHERE a.entity_type = 'TargetRevision' AND a.action = 'CREATE' AND o.framework_id = $1`,
      [Number(copy.id)],
    )) as { n: number; users: number; email: string }[];
    expect(revisions).toEqual({ n: 4, users: 1, email: 'test-admin@example.org' });
    const [indicatorEntry] = (await t.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'Indicator' AND action = 'CREATE'
         AND entity_id = (SELECT min(i.id) FROM indicator i JOIN outcome o ON o.id = i.outcome_id WHERE o.framework_id = $1)`,
      [Number(copy.id)],
    )) as { changes: { field: string; after: unknown }[] }[];
    expect(indicatorEntry!.changes).toContainEqual({
      field: 'predecessorId',
      before: null,
      after: expect.any(Number),
    });
  });

  it('refuses a second next version, naming the framework', async () => {
    const again = await t.gql(COPY, { id: source, title: 'Another 2012-13', start: '2012-01-01', end: '2013-12-31' });
    expectFieldError(again, 'id', /already has a next version: "Knowledge strategy 2010-11"/, 'CONFLICT');
  });

  it('checks the dates of the new version and writes nothing when it refuses', async () => {
    const frameworks = await tableCount('results_framework');
    const audit = await tableCount('audit_entry');
    expectFieldError(
      await t.gql(COPY, { id: copy.id, title: 'x', start: '2013-01-01', end: '2012-12-31' }),
      'endDate',
      /must be after startDate \(2013-01-01\)/,
    );
    expectFieldError(
      await t.gql(COPY, { id: copy.id, title: 'x', start: '2013-01-01', end: '2013-01-01' }),
      'endDate',
      /must be after startDate/,
    );
    expectFieldError(
      await t.gql(COPY, { id: copy.id, title: 'x', start: '2011-07-01', end: '2013-12-31' }),
      'startDate',
      /must be after the end of "Knowledge strategy 2010-11" \(2011-12-31\)/,
    );
    expectFieldError(
      await t.gql(COPY, { id: '999999', title: 'x', start: '2014-01-01', end: '2015-12-31' }),
      'id',
      /no ResultsFramework with id 999999/,
    );
    expect(await tableCount('results_framework')).toBe(frameworks);
    expect(await tableCount('audit_entry')).toBe(audit);
  });

  it('is refused to roles that may not create frameworks, and hides unpublished versions from viewers', async () => {
    for (const role of [Role.REGIONAL_MANAGER, Role.PROGRAMME_OFFICER, Role.VIEWER]) {
      const { token } = await t.signedIn(role);
      expectRefused(
        await t.gql(COPY, { id: copy.id, title: 'x', start: '2012-01-01', end: '2013-12-31' }, token),
        'FORBIDDEN',
        /may not call copyResultsFramework/,
      );
    }
    const { token: km } = await t.signedIn(Role.KM_OFFICER);
    const third = dataOf(
      await t.gql<Copy>(COPY, { id: copy.id, title: 'Strategy 2012-13', start: '2012-01-01', end: '2013-12-31' }, km),
    ).copyResultsFramework;
    expect(third.predecessor?.id).toBe(copy.id);

    // A viewer reading the published 2012-13 version does not learn of the unpublished 2010-11 one.
    dataOf(await t.gql(`mutation { publishResultsFramework(id: "${third.id}") { id } }`));
    const { token: viewer } = await t.signedIn(Role.VIEWER);
    const seen = await structureOf(third.id, viewer);
    expect(seen.predecessor).toBeNull();
    expect(seen.outcomes.flatMap((o) => o.indicators).map((i) => i.predecessor)).toEqual([null, null]);
    const staff = await structureOf(third.id);
    expect(staff.predecessor).toEqual({ id: copy.id });
  });
});
