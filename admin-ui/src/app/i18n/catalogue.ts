/**
 * A translation of a catalogue: the English object's shape with every text a string. French and Spanish are
 * typed `Translation<typeof en>`, so a key missing from them, or present only in them, is a compile error.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

type Messages = Record<string, unknown>;

/** Merges nested message objects: domains add their own keys under shared roots like `resources`. */
export function mergeMessages(...parts: object[]): Messages {
  const merged: Messages = {};
  for (const part of parts as Messages[]) {
    for (const [key, value] of Object.entries(part)) {
      const current = merged[key];
      merged[key] = isObject(current) && isObject(value) ? mergeMessages(current, value) : (value as unknown);
    }
  }
  return merged;
}

const isObject = (value: unknown): value is Messages =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
