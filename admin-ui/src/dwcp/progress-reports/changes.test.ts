import { expect, test } from '@jest/globals';
import { readableChange } from './changes';
import { component } from './testFixtures';

const translate = (key: string, options?: Record<string, unknown>) =>
  options
    ? `${key}(${Object.values(options)
        .filter((v) => typeof v === 'string')
        .join('|')})`
    : key;

test('server change paths and JSON values read as labelled rows', () => {
  const components = [component('12', '4.2', '(i)', 4, 'NUMBER')];
  expect(
    readableChange({ field: 'line A1.status', before: '"ON_TRACK"', after: '"COMPLETED"' }, components, translate),
  ).toEqual({
    what: 'reports.changes.line(A1|reports.form.status)',
    before: 'enums.PlanItemStatus.ON_TRACK',
    after: 'enums.PlanItemStatus.COMPLETED',
  });
  expect(
    readableChange(
      { field: 'result 12.evidenceLinks', before: '[]', after: '["https://a.org"]' },
      components,
      translate,
    ),
  ).toEqual({
    what: 'reports.changes.result(4.2 (i)|reports.form.evidenceLinks)',
    before: '—',
    after: 'https://a.org',
  });
  expect(readableChange({ field: 'nextSteps', before: null, after: '"Publish"' }, components, translate).after).toBe(
    'Publish',
  );
});
