import { describe, expect, test } from '@jest/globals';
import { messages as en } from './locales/en';
import { messages as es } from './locales/es';
import { messages as fr } from './locales/fr';

const flatten = (value: unknown, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value))
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  return out;
};

const english = flatten(en);
const catalogues = { fr, es };

describe.each(['fr', 'es'] as const)('the %s catalogue', (locale) => {
  const translated = flatten(catalogues[locale]);

  test('has every English key, none empty', () => {
    const missing = [...english.keys()].filter((key) => !translated.get(key)?.trim());
    expect(missing).toEqual([]);
  });

  test("translates react-admin's own messages too", () => {
    const raKeys = [...english.keys()].filter((key) => key.startsWith('ra.'));
    const untranslated = raKeys.filter((key) => translated.get(key) === english.get(key));
    // A few words are the same in both languages (e.g. "Total", "Actions"); most are not.
    expect(untranslated.length / raKeys.length).toBeLessThan(0.1);
  });

  test('keeps the smart_count plural forms', () => {
    const broken = [...english.entries()]
      .filter(([, text]) => text.includes('||||'))
      .filter(([key]) => !translated.get(key)?.includes('||||'))
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });
});
