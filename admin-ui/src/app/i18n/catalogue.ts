/** A feature's strings in the three languages; French and Spanish must have every English key. */
export interface Catalogue<T extends object> {
  en: T;
  fr: T;
  es: T;
}

type Messages = Record<string, unknown>;

/** Merges nested message objects: features add their own keys under shared roots like `resources`. */
export function mergeMessages(...parts: Messages[]): Messages {
  const merged: Messages = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const current = merged[key];
      merged[key] = isObject(current) && isObject(value) ? mergeMessages(current, value) : (value as unknown);
    }
  }
  return merged;
}

const isObject = (value: unknown): value is Messages =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
