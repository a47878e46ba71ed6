import type { FieldKey } from './reportForm';
import { changedFields, fieldValues, withFields, type FieldValue, type FieldValues } from './pendingChanges';
import type { ReportForm } from './reportForm';

// What the server does not have yet (invalid values, values typed offline or while a save failed)
// is kept in this browser, per user and report, until it is saved or discarded.

export interface LocalDraft {
  /** The report version the kept values were typed over. */
  version: number;
  /** ISO time the draft was last written. */
  storedAt: string;
  values: FieldValues;
}

export const draftKey = (userId: string, reportId: string) => `roap.reportDraft.${userId}.${reportId}`;

const isValue = (value: unknown): value is FieldValue => typeof value === 'string' || typeof value === 'boolean';

export function readDraft(storage: Storage, key: string): LocalDraft | null {
  try {
    const raw = JSON.parse(storage.getItem(key) ?? 'null') as Partial<LocalDraft> | null;
    if (!raw || typeof raw.version !== 'number' || typeof raw.values !== 'object' || raw.values === null) return null;
    const values = Object.fromEntries(Object.entries(raw.values).filter(([, value]) => isValue(value)));
    return { version: raw.version, storedAt: String(raw.storedAt ?? ''), values };
  } catch {
    return null; // Unreadable: nothing to restore.
  }
}

/** Keeps the changes not on the server yet; none left removes the draft. Storage full or refused: kept in memory only. */
export function writeDraft(
  storage: Storage,
  key: string,
  version: number,
  saved: ReportForm,
  current: ReportForm,
  now = new Date(),
): void {
  const values = changedFields(saved, current);
  try {
    if (Object.keys(values).length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ version, storedAt: now.toISOString(), values } satisfies LocalDraft));
  } catch {
    // Private mode or a full storage: the page still holds the values.
  }
}

export interface Restored {
  form: ReportForm;
  /** The fields restored from the browser (those that differ from the server's report). */
  keys: FieldKey[];
  /** The report changed on the server after the draft was written. */
  stale: boolean;
  storedAt: string;
}

/** The server's form with the kept values over it; null when nothing kept differs from the server. */
export function restoreDraft(server: ReportForm, draft: LocalDraft | null, serverVersion: number): Restored | null {
  if (!draft) return null;
  const known = fieldValues(server);
  const values = Object.fromEntries(
    Object.entries(draft.values).filter(([key, value]) => key in known && known[key] !== value),
  );
  const keys = Object.keys(values);
  if (keys.length === 0) return null;
  return { form: withFields(server, values), keys, stale: draft.version !== serverVersion, storedAt: draft.storedAt };
}
