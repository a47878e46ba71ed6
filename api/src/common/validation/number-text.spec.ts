import { describe, expect, it } from '@jest/globals';
import { parseNumberText, type NumberLanguage } from '#src/common/validation/number-text.js';

const value = (text: string, language: NumberLanguage) => {
  const reading = parseNumberText(text, language);
  return 'value' in reading ? reading.value : reading.problem;
};

describe('reading a number typed as text', () => {
  it('reads plain numbers in every language', () => {
    for (const language of ['en', 'fr', 'es'] as const) {
      expect(value(' 40 ', language)).toBe(40);
      expect(value('1234', language)).toBe(1234);
      expect(value('0.5', language)).toBe(0.5);
      expect(value('12.75', language)).toBe(12.75);
      expect(value('1234.567', language)).toBe(1234.567);
      expect(value('0.125', language)).toBe(0.125);
      expect(value('1.5e3', language)).toBe(1500);
      expect(value('2E-2', language)).toBe(0.02);
    }
  });

  it('reads English: comma between thousands, point before decimals', () => {
    expect(value('1,234.5', 'en')).toBe(1234.5);
    expect(value('1,234,567', 'en')).toBe(1234567);
    expect(value('12,345,678.25', 'en')).toBe(12345678.25);
    expect(value('.5', 'en')).toBe(0.5);
    for (const text of ['1.234,5', '1 234,5', '12,75', '0,5', '1,23,456', '1234,567.8', '1.234.567']) {
      expect(value(text, 'en')).toBe(
        `"${text}" is not written as numbers are written in English: write for example 1234.5 or 1,234.5`,
      );
    }
  });

  it('reads French: a space, no-break space or narrow no-break space between thousands, comma before decimals', () => {
    expect(value('1 234,5', 'fr')).toBe(1234.5);
    expect(value('1\u00A0234\u00A0567,25', 'fr')).toBe(1234567.25);
    expect(value('1\u202F234', 'fr')).toBe(1234);
    expect(value('12,75', 'fr')).toBe(12.75);
    expect(value('0,125', 'fr')).toBe(0.125);
    expect(value(',5', 'fr')).toBe(0.5);
    for (const text of ['1,234.5', '1.234,5', '1 23,5', '12 3456', '1.234.567']) {
      expect(value(text, 'fr')).toBe(
        `"${text}" is not written as numbers are written in French: write for example 1234,5 or 1 234,5`,
      );
    }
  });

  it('reads Spanish: point between thousands, comma before decimals', () => {
    expect(value('1.234,5', 'es')).toBe(1234.5);
    expect(value('1.234.567', 'es')).toBe(1234567);
    expect(value('12.345.678,25', 'es')).toBe(12345678.25);
    expect(value('0,5', 'es')).toBe(0.5);
    for (const text of ['1,234.5', '1 234,5', '1.23.456']) {
      expect(value(text, 'es')).toBe(
        `"${text}" is not written as numbers are written in Spanish: write for example 1234,5 or 1.234,5`,
      );
    }
  });

  it('refuses a lone separator before three digits in every language: thousands somewhere, decimals elsewhere', () => {
    for (const language of ['en', 'fr', 'es'] as const) {
      expect(value('1,234', language)).toBe(
        '"1,234" is ambiguous (1234 or 1.234?): languages differ on what separates thousands and decimals; write it without a thousands separator, or type it in a cell as a number rather than as text',
      );
      expect(value('12.500', language)).toMatch(/^"12\.500" is ambiguous \(12500 or 12\.500\?\)/);
      expect(value('999,999 %', language)).toMatch(/is ambiguous/);
    }
    // A leading zero is never a group of thousands: only decimals.
    expect(value('0.250', 'es')).toBe(0.25);
    expect(value('0,250', 'fr')).toBe(0.25);
  });

  it('reports a trailing percent sign, with or without a space before it, and leaves judging it to the caller', () => {
    expect(parseNumberText('40%', 'en')).toEqual({ value: 40, percent: true });
    expect(parseNumberText('40 %', 'en')).toEqual({ value: 40, percent: true });
    expect(parseNumberText('12,5\u202F%', 'fr')).toEqual({ value: 12.5, percent: true });
    expect(parseNumberText('7.25\u00A0%', 'es')).toEqual({ value: 7.25, percent: true });
    expect(parseNumberText('40', 'en')).toEqual({ value: 40, percent: false });
    expect(value('%', 'en')).toBe('"%" is not a number');
    expect(value('40%%', 'en')).toBe('"40%%" is not a number');
  });

  it('refuses text beginning with =, +, - or @, and words', () => {
    for (const text of ['=1+1', '+5', '-5', '@x', '- 3', '=SUM(A1:A3)']) {
      expect(value(text, 'en')).toBe(
        `"${text}" begins with "${text[0]}": text beginning with =, +, - or @ is not read as a number; type the number itself`,
      );
    }
    for (const text of ['about half', '5 people', '1e', 'e5', '12-3', '\u22125', '$5', '.', '(5)', '1.']) {
      expect(value(text, 'en')).toMatch(/is not (a number|written as numbers are written in English)/);
    }
    expect(value('1e999', 'en')).toBe('"1e999" is not a number');
  });
});
