import { beforeAll, describe, expect, it } from '@jest/globals';
import { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';
import { createComponent, createIndicator, createSmallFramework } from '#test/factories/framework.factory.js';
import { createOffice } from '#test/factories/office.factory.js';
import { createPeriod } from '#test/factories/period.factory.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type GraphQLResponse, type TestApp } from '#test/utils/test-app.js';

type Answer<T> = GraphQLResponse<T> & { extensions?: { ignoredInputFields?: string[] } };

const UPDATE_RESULT = `mutation ($id: ID!, $narrative: String, $disaggregations: [DisaggregationInput!]) {
  updateIndicatorResult(id: $id, narrative: $narrative, disaggregations: $disaggregations) { id }
}`;

// The rule of docs/security.md ("Records sent back whole"): a mutation's nested inputs lose the
// fields their type does not declare, and the answer says which; nothing else is relaxed.
describe('fields a nested input does not declare', () => {
  let t: TestApp;
  let resultId: number;
  let outcomeId: number;

  beforeAll(async () => {
    t = await sharedTestApp();
    const { outcome } = await createSmallFramework(t.dataSource);
    outcomeId = outcome.id;
    const indicator = await createIndicator(t.dataSource, outcome, { code: '1.2', measure: Measure.NUMBER });
    const component = await createComponent(t.dataSource, indicator, { baselineValue: 0, targetValue: 100 });
    const office = await createOffice(t.dataSource);
    const period = await createPeriod(t.dataSource, '2009-Q2');
    const created = await t.gql<{ createIndicatorResult: { id: string } }>(
      `mutation ($c: ID!, $o: ID!, $p: ID!) { createIndicatorResult(componentId: $c, officeId: $o, periodId: $p, value: 10) { id } }`,
      { c: component.id, o: office.id, p: period.id },
    );
    resultId = Number(dataOf(created).createIndicatorResult.id);
  });

  it('are dropped from a result sent back whole, saved without them, and named in the answer', async () => {
    const answer = (await t.gql(UPDATE_RESULT, {
      id: resultId,
      narrative: 'Ten people trained',
      disaggregations: [
        { __typename: 'Disaggregation', dimension: 'sex', category: 'women', value: 6, id: '1' },
        { __typename: 'Disaggregation', dimension: 'sex', category: 'men', value: 4, share: 0.4 },
      ],
      createdAt: '2009-06-30T00:00:00Z',
    })) as Answer<unknown>;
    expect(answer.errors).toBeUndefined();
    expect(answer.extensions?.ignoredInputFields).toEqual([
      'disaggregations[].__typename',
      'disaggregations[].id',
      'disaggregations[].share',
    ]);
    const saved = await t.dataSource.manager.findOneByOrFail(IndicatorResultEntity, { id: resultId });
    expect({ narrative: saved.narrative, disaggregations: saved.disaggregations }).toEqual({
      narrative: 'Ten people trained',
      disaggregations: [
        { dimension: 'sex', category: 'women', value: 6 },
        { dimension: 'sex', category: 'men', value: 4 },
      ],
    });
  });

  it('are dropped from the nested inputs of a create as well', async () => {
    const answer = (await t.gql(
      `mutation ($o: ID!, $components: [IndicatorComponentInput!]!) {
        createIndicator(outcomeId: $o, code: "1.3", title: "Guides", measure: NUMBER, scope: INTERNAL, components: $components) { id }
      }`,
      { o: outcomeId, components: [{ __typename: 'IndicatorComponent', id: '4', label: '(i)', targetValue: 8 }] },
    )) as Answer<unknown>;
    expect(answer.errors).toBeUndefined();
    expect(answer.extensions?.ignoredInputFields).toEqual([
      'components[].__typename',
      'components[].id',
      'components[].label',
    ]);
  });

  it('leave the answer without extensions when nothing was dropped', async () => {
    const answer = (await t.gql(UPDATE_RESULT, { id: resultId, narrative: 'Ten people' })) as Answer<unknown>;
    expect(answer).toEqual({ data: { updateIndicatorResult: { id: String(resultId) } } });
  });

  it('still refuse a document that writes them itself: the client wrote it, not a record', async () => {
    const answer = await t.gql(
      `mutation { updateIndicatorResult(id: "${resultId}", disaggregations: [{ dimension: "sex", category: "women", value: 10, id: "1" }]) { id } }`,
    );
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'disaggregations.id',
        message: expect.stringMatching(/"id" is not defined by type "DisaggregationInput"/),
      },
    ]);
  });

  it('stay in a query’s filter, which is refused rather than widened', async () => {
    const answer = await t.gql(
      `query ($filter: IndicatorResultFilter) { allIndicatorResults(filter: $filter) { id } }`,
      { filter: { officeCode: 'CO-DHAKA' } },
    );
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.message).toMatch(/"officeCode" is not defined by type "IndicatorResultFilter"/);
  });
});
