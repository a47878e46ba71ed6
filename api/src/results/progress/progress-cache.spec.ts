import { describe, expect, it } from '@jest/globals';
import { ProgressCache } from '#src/results/progress/progress-cache.js';

describe('ProgressCache', () => {
  it('returns a value only at the revision it was computed at', () => {
    const cache = new ProgressCache<string>(4);
    cache.set('a', '7', 'figures at 7');
    expect(cache.get('a', '7')).toBe('figures at 7');
    expect(cache.get('a', '8')).toBeUndefined();
    // A stale entry is dropped when seen, not kept for a later reader.
    expect(cache.has('a')).toBe(false);
  });

  it('lets the least recently used entry go first when full', () => {
    const cache = new ProgressCache<number>(2);
    cache.set('a', '1', 1);
    cache.set('b', '1', 2);
    expect(cache.get('a', '1')).toBe(1);
    cache.set('c', '1', 3);
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
    expect(cache.get('c', '1')).toBe(3);
  });
});
