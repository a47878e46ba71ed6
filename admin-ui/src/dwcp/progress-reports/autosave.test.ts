import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { Autosaver, type SaveOutcome, type SaveStatus } from './autosave';

const setup = (outcomes: SaveOutcome[] = []) => {
  const statuses: SaveStatus['kind'][] = [];
  const resolvers: ((outcome: SaveOutcome) => void)[] = [];
  const save = jest.fn(() =>
    outcomes.length > 0
      ? Promise.resolve(outcomes.shift()!)
      : new Promise<SaveOutcome>((resolve) => resolvers.push(resolve)),
  );
  const saver = new Autosaver({ delayMs: 1500, save, onStatus: (status) => statuses.push(status.kind) });
  return { saver, save, statuses, resolvers };
};

describe('autosave', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  test('saves once, 1.5 s after the last of several quick changes', async () => {
    const { saver, save, statuses } = setup([{ ok: true }]);
    saver.change();
    await jest.advanceTimersByTimeAsync(1000);
    saver.change();
    await jest.advanceTimersByTimeAsync(1000);
    saver.change();
    await jest.advanceTimersByTimeAsync(1499);
    expect(save).not.toHaveBeenCalled();
    expect(saver.dirty).toBe(true);
    await jest.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(statuses.slice(-2)).toEqual(['saving', 'saved']);
    expect(saver.dirty).toBe(false);
  });

  test('a change made during a save is saved by the next one, never two saves at once', async () => {
    const { saver, save, statuses, resolvers } = setup();
    saver.change();
    await jest.advanceTimersByTimeAsync(1500);
    expect(save).toHaveBeenCalledTimes(1);
    saver.change();
    await jest.advanceTimersByTimeAsync(1500);
    expect(save).toHaveBeenCalledTimes(1); // still waiting for the first
    resolvers[0]!({ ok: true });
    await jest.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    resolvers[1]!({ ok: true });
    await jest.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('saved');
  });

  test('flush saves at once (leaving the page) and does nothing when all is saved', async () => {
    const { saver, save } = setup([{ ok: true }]);
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
    saver.change();
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('a refused save leaves the change unsaved and tries again after the next change', async () => {
    const { saver, save, statuses } = setup([{ ok: false, conflict: false, reason: 'bad' }, { ok: true }]);
    saver.change();
    await jest.advanceTimersByTimeAsync(1500);
    expect(statuses.at(-1)).toBe('error');
    expect(saver.dirty).toBe(true);
    await jest.advanceTimersByTimeAsync(10000);
    expect(save).toHaveBeenCalledTimes(1);
    saver.change();
    await jest.advanceTimersByTimeAsync(1500);
    expect(save).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toBe('saved');
  });

  test('a conflict stops saving until the report is reloaded', async () => {
    const { saver, save, statuses } = setup([{ ok: false, conflict: true, reason: 'version' }]);
    saver.change();
    await jest.advanceTimersByTimeAsync(1500);
    expect(statuses.at(-1)).toBe('conflict');
    saver.change();
    await saver.flush();
    await jest.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('autosave with held fields', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  test('a save that holds fields says what was saved and what was not, and stays dirty until they change', async () => {
    const statuses: SaveStatus[] = [];
    const save = jest.fn(async (): Promise<SaveOutcome> => ({
      ok: true,
      sent: true,
      held: ['result:c3:evidenceLinks'],
    }));
    const at = new Date('2026-12-06T04:00:00Z');
    const saver = new Autosaver({ delayMs: 1500, save, onStatus: (status) => statuses.push(status), now: () => at });
    saver.change();
    await jest.advanceTimersByTimeAsync(1500);
    expect(statuses.at(-1)).toEqual({ kind: 'held', at, held: ['result:c3:evidenceLinks'] });
    expect(saver.dirty).toBe(true);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1); // held fields wait for a change
    save.mockResolvedValueOnce({ ok: true, sent: true, held: [] });
    saver.change();
    await jest.advanceTimersByTimeAsync(1500);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at });
    expect(saver.dirty).toBe(false);
  });

  test('nothing sent yet: the held status has no time', async () => {
    const statuses: SaveStatus[] = [];
    const save = jest.fn(async (): Promise<SaveOutcome> => ({ ok: true, sent: false, held: ['achievements'] }));
    const saver = new Autosaver({ delayMs: 1500, save, onStatus: (status) => statuses.push(status) });
    saver.change();
    await jest.advanceTimersByTimeAsync(1500);
    expect(statuses.at(-1)).toEqual({ kind: 'held', at: null, held: ['achievements'] });
  });
});
