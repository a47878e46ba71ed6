import { describe, expect, test } from '@jest/globals';
import {
  buildSavePayload,
  clientErrors,
  fieldKeyOf,
  FORM_KEY,
  groupComponents,
  groupLines,
  initialForm,
  lineKey,
  mapServerErrors,
  resultKey,
} from './reportForm';
import { line, outcomes, report } from './testFixtures';

describe('grouping', () => {
  test('lines go under their DWCP outcome in code order, items without one under "Other items" last', () => {
    const form = initialForm(report());
    const groups = groupLines(form.lines, outcomes);
    expect(groups.map((g) => [g.outcome?.code ?? null, g.lines.map((l) => l.code)])).toEqual([
      ['BGD101', ['A2']],
      ['BGD102', ['A1']],
      [null, ['A3']],
    ]);
  });

  test('a line whose outcome is not in the list counts as "Other items"; empty outcomes are left out', () => {
    const form = initialForm(report());
    const groups = groupLines(form.lines, [outcomes[1]!, { id: '9', code: 'BGD109', title: 'Unused' }]);
    expect(groups.map((g) => g.outcome?.code ?? null)).toEqual(['BGD101', null]);
    expect(groups[1]!.lines.map((l) => l.code)).toEqual(['A1', 'A3']);
  });

  test('due components go by strategy outcome number, then indicator code and label', () => {
    const groups = groupComponents(report().dueComponents);
    expect(groups.map((g) => [g.outcome.number, g.components.map((c) => `${c.indicator.code}${c.label}`)])).toEqual([
      [1, ['1.1(i)', '1.1(ii)']],
      [2, ['2.1(i)']],
    ]);
  });
});

describe('the form', () => {
  test('is pre-filled from the report and its saved results', () => {
    const form = initialForm(report());
    expect(form.achievements).toBe('Trained 20 staff');
    expect(form.lines[0]).toMatchObject({ code: 'A2', percentComplete: '50', narrative: '' });
    expect(form.results.c2).toMatchObject({
      value: '12',
      narrative: 'twelve',
      evidenceLinks: 'https://example.org/a',
      saved: true,
    });
    expect(form.results.c1).toMatchObject({ measure: 'MILESTONE', milestoneStatus: '', saved: false });
  });
});

describe('the save payload', () => {
  test('carries every line, and results only where something was entered or saved before', () => {
    const form = initialForm(report());
    form.lines[1]!.percentComplete = '';
    form.lines[2]!.narrative = '  ';
    form.results.c3!.value = '45,5';
    form.results.c2!.evidenceLinks = 'https://a.org\n\n  https://b.org ';
    const { input, index } = buildSavePayload('7', 3, form);
    expect(input).toMatchObject({
      id: '7',
      version: 3,
      achievements: 'Trained 20 staff',
      challenges: null,
      nextSteps: null,
    });
    expect(input.lines.map((l) => [l.planItemId, l.percentComplete, l.narrative])).toEqual([
      ['p1', 50, null],
      ['p2', null, null],
      ['p3', 50, null],
    ]);
    expect(input.results).toEqual([
      {
        componentId: 'c2',
        value: 12,
        milestoneStatus: null,
        narrative: 'twelve',
        evidenceLinks: ['https://a.org', 'https://b.org'],
        disaggregations: [{ dimension: 'sex', category: 'women', value: 12 }],
      },
      {
        componentId: 'c3',
        value: 45.5,
        milestoneStatus: null,
        narrative: null,
        evidenceLinks: [],
        disaggregations: [],
      },
    ]);
    expect(index).toEqual({ lines: ['p1', 'p2', 'p3'], results: ['c2', 'c3'] });
  });
});

describe('server field paths', () => {
  const index = { lines: ['p1', 'p2', 'p3'], results: ['c2', 'c3'] };

  test('map back to the input they came from', () => {
    expect(fieldKeyOf('lines[2].percentComplete', index)).toBe(lineKey('p3', 'percentComplete'));
    expect(fieldKeyOf('results[0].value', index)).toBe(resultKey('c2', 'value'));
    expect(fieldKeyOf('results[1].disaggregations[0].value', index)).toBe(resultKey('c3', 'disaggregations'));
    expect(fieldKeyOf('results[1].componentId', index)).toBe(resultKey('c3', 'row'));
    expect(fieldKeyOf('achievements', index)).toBe('achievements');
  });

  test('that name nothing on the form land on the form as a whole', () => {
    expect(fieldKeyOf('lines[7].status', index)).toBe(FORM_KEY);
    expect(fieldKeyOf('id', index)).toBe(FORM_KEY);
    const errors = mapServerErrors(
      [
        { field: 'results[0].value', message: 'a NUMBER result needs a value' },
        { field: 'results[0].value', message: 'must be a number' },
        { field: 'id', message: 'an APPROVED report cannot be edited' },
      ],
      index,
    );
    expect(errors).toEqual({
      [resultKey('c2', 'value')]: 'a NUMBER result needs a value; must be a number',
      [FORM_KEY]: 'id: an APPROVED report cannot be edited',
    });
  });
});

describe('client-side checks', () => {
  test('flag percentages outside 0-100 and values that are not numbers', () => {
    const form = initialForm(report());
    form.lines[0]!.percentComplete = '120';
    form.lines[1]!.percentComplete = 'abc';
    form.results.c3!.value = '-1';
    form.results.c2!.value = '1000';
    expect(clientErrors(form)).toEqual({
      [lineKey('p1', 'percentComplete')]: 'reports.errors.percent',
      [lineKey('p2', 'percentComplete')]: 'reports.errors.number',
      [resultKey('c3', 'value')]: 'reports.errors.percent',
    });
  });
});

describe('carried forward lines', () => {
  test('keep their mark from the report, and a confirmed one says so in the next save only for that line', () => {
    const form = initialForm(
      report({
        lines: [line('1', 'A1', null, { carriedForward: true }), line('2', 'A2', null, { carriedForward: true })],
      }),
    );
    expect(form.lines.map((each) => each.carriedForward)).toEqual([true, true]);
    const confirmed = {
      ...form,
      lines: [{ ...form.lines[0]!, carriedForward: false, confirmed: true }, form.lines[1]!],
    };
    const { input } = buildSavePayload('7', 3, confirmed);
    expect(input.lines.map((each) => each.confirmed)).toEqual([true, undefined]);
  });

  test("the server's refusal of an unconfirmed line lands on that line's status", () => {
    const form = initialForm(
      report({ lines: [line('1', 'A1', null), line('2', 'A2', null, { carriedForward: true })] }),
    );
    const { index } = buildSavePayload('7', 3, form);
    expect(fieldKeyOf('lines[1].status', index)).toBe(lineKey('p2', 'status'));
  });
});
