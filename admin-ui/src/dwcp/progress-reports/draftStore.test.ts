import { describe, expect, test } from '@jest/globals';
import { draftKey, readDraft, restoreDraft, writeDraft } from './draftStore';
import { withFields } from './pendingChanges';
import { initialForm, resultKey } from './reportForm';
import { report } from './testFixtures';

const memoryStorage = (): Storage => {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
};

const link = resultKey('c3', 'evidenceLinks');

describe('the draft kept in this browser', () => {
  test('is per user and report', () => {
    expect(draftKey('5', '7')).not.toBe(draftKey('6', '7'));
    expect(draftKey('5', '7')).not.toBe(draftKey('5', '8'));
  });

  test('keeps what differs from the server, with the version it was typed over, and is removed once all is saved', () => {
    const storage = memoryStorage();
    const key = draftKey('5', '7');
    const saved = initialForm(report());
    const current = withFields(saved, { [link]: 'www.ilo.org' });
    writeDraft(storage, key, 4, saved, current, new Date('2026-12-06T04:00:00Z'));
    expect(readDraft(storage, key)).toEqual({
      version: 4,
      storedAt: '2026-12-06T04:00:00.000Z',
      values: { [link]: 'www.ilo.org' },
    });
    writeDraft(storage, key, 5, current, current);
    expect(storage.getItem(key)).toBeNull();
  });

  test('is restored over the server form, on the same version without warning', () => {
    const server = initialForm(report());
    const restored = restoreDraft(server, { version: 3, storedAt: 'x', values: { [link]: 'www.ilo.org' } }, 3);
    expect(restored).toMatchObject({ keys: [link], stale: false });
    expect(restored!.form.results.c3!.evidenceLinks).toBe('www.ilo.org');
  });

  test('over a report changed since, the values are restored but said to be stale', () => {
    const server = initialForm(report({ version: 6 }));
    const restored = restoreDraft(server, { version: 3, storedAt: 'x', values: { [link]: 'www.ilo.org' } }, 6);
    expect(restored).toMatchObject({ keys: [link], stale: true });
  });

  test('values the server already has, unknown fields and unreadable drafts restore nothing', () => {
    const server = initialForm(report());
    const values = { [resultKey('c2', 'value')]: '12', [resultKey('c99', 'value')]: '1' };
    expect(restoreDraft(server, { version: 3, storedAt: 'x', values }, 3)).toBeNull();
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(readDraft(storage, 'k')).toBeNull();
    storage.setItem('k', JSON.stringify({ version: 'x', values: {} }));
    expect(readDraft(storage, 'k')).toBeNull();
    expect(restoreDraft(server, null, 3)).toBeNull();
  });

  test('a storage that refuses writes does not break the form', () => {
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('quota');
      },
    } as Storage;
    const saved = initialForm(report());
    expect(() => writeDraft(storage, 'k', 3, saved, withFields(saved, { [link]: 'x' }))).not.toThrow();
  });
});
