import { describe, expect, test } from '@jest/globals';
import { buildPartialSave, changedFields, splitChanges, withFields } from './pendingChanges';
import { clientErrors, initialForm, lineKey, resultKey } from './reportForm';
import { report } from './testFixtures';

describe('changes held and sent', () => {
  test('a valid value saves while another field of the same result is invalid', () => {
    const saved = initialForm(report());
    const current = withFields(saved, {
      [resultKey('c3', 'value')]: '30',
      [resultKey('c3', 'evidenceLinks')]: 'www.ilo.org',
    });
    const errors = clientErrors(current);
    expect(errors).toEqual({ [resultKey('c3', 'evidenceLinks')]: 'reports.errors.links' });
    const { send, hold } = splitChanges(saved, current, errors);
    expect(send).toEqual({ [resultKey('c3', 'value')]: '30' });
    expect(hold).toEqual({ [resultKey('c3', 'evidenceLinks')]: 'reports.errors.links' });

    const { input, index, next } = buildPartialSave('7', 3, saved, send);
    expect(input).toEqual({
      id: '7',
      version: 3,
      lines: [],
      results: [
        {
          componentId: 'c3',
          value: 30,
          milestoneStatus: null,
          narrative: null,
          evidenceLinks: [],
          disaggregations: [],
        },
      ],
    });
    expect(index).toEqual({ lines: [], results: ['c3'] });
    // Once saved, only the held link still differs from the server.
    expect(changedFields(next, current)).toEqual({ [resultKey('c3', 'evidenceLinks')]: 'www.ilo.org' });
    expect(next.results.c3!.saved).toBe(true);
  });

  test('a line goes whole with its held field as the server has it; untouched narrative fields are left out', () => {
    const saved = initialForm(report());
    const current = withFields(saved, {
      [lineKey('p1', 'narrative')]: 'Done',
      [lineKey('p1', 'percentComplete')]: '150',
      nextSteps: 'Publish',
    });
    const { send, hold } = splitChanges(saved, current, clientErrors(current));
    expect(Object.keys(hold)).toEqual([lineKey('p1', 'percentComplete')]);
    const { input } = buildPartialSave('7', 3, saved, send);
    expect(input).toEqual({
      id: '7',
      version: 3,
      nextSteps: 'Publish',
      lines: [{ planItemId: 'p1', status: 'ON_TRACK', percentComplete: 50, narrative: 'Done', challenges: null }],
      results: [],
    });
    expect(input).not.toHaveProperty('achievements');
  });

  test('a server error on a whole result (or a part not edited here) holds all of its changes', () => {
    const saved = initialForm(report());
    const current = withFields(saved, {
      [resultKey('c2', 'value')]: '13',
      [resultKey('c2', 'narrative')]: 'thirteen',
      [resultKey('c3', 'value')]: '40',
    });
    for (const key of [resultKey('c2', 'row'), resultKey('c2', 'disaggregations')]) {
      const { send, hold } = splitChanges(saved, current, { [key]: 'sums do not match' });
      expect(send).toEqual({ [resultKey('c3', 'value')]: '40' });
      expect(Object.keys(hold).sort()).toEqual([resultKey('c2', 'narrative'), resultKey('c2', 'value')]);
    }
  });

  test('an error on a field that did not change holds nothing, and the form-wide error holds nothing', () => {
    const saved = initialForm(report());
    const current = withFields(saved, { achievements: 'Trained 25 staff' });
    const { send, hold } = splitChanges(saved, current, { challenges: 'too long', form: 'locked' });
    expect(send).toEqual({ achievements: 'Trained 25 staff' });
    expect(hold).toEqual({});
  });

  test('confirming carried-forward values is a change that is sent', () => {
    const base = report({
      lines: [{ ...report().lines[0]!, carriedForward: true }],
    });
    const saved = initialForm(base);
    const current = withFields(saved, { [lineKey('p1', 'confirmed')]: true });
    expect(current.lines[0]).toMatchObject({ confirmed: true, carriedForward: false });
    const { input } = buildPartialSave('7', 3, saved, splitChanges(saved, current, {}).send);
    expect(input.lines).toEqual([
      { planItemId: 'p1', status: 'ON_TRACK', percentComplete: 50, narrative: null, challenges: null, confirmed: true },
    ]);
  });

  test('fields of items no longer in the report are ignored', () => {
    const saved = initialForm(report());
    expect(withFields(saved, { [lineKey('p99', 'narrative')]: 'x', [resultKey('c99', 'value')]: '1' })).toEqual(saved);
  });
});
