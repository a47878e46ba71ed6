/**
 * Computed progress kept in memory and reused while the database's data revision has not moved
 * (migration 1795400000000-data-revision). Each entry remembers the revision it was computed at,
 * read in the same statement as the figures, so a reader never takes stale figures for current.
 * Least recently used entries leave first; every API instance keeps its own.
 */
export class ProgressCache<Value> {
  private readonly entries = new Map<string, { revision: string; value: Value }>();

  constructor(private readonly maxEntries: number) {}

  /** The value stored under `key` if it was computed at `revision`. */
  get(key: string, revision: string): Value | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.revision !== revision) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, revision: string, value: Value): void {
    this.entries.delete(key);
    this.entries.set(key, { revision, value });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
