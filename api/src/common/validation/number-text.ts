/** The languages whose way of writing numbers the tracker reads (the interface's languages). */
export const NUMBER_LANGUAGES = ['en', 'fr', 'es'] as const;
export type NumberLanguage = (typeof NUMBER_LANGUAGES)[number];

interface Convention {
  name: string;
  decimal: string;
  /** Characters that separate groups of three digits. */
  groups: string;
  examples: string;
}

// fr: a space, a no-break space (U+00A0) or a narrow no-break space (U+202F) between thousands.
const CONVENTIONS: Record<NumberLanguage, Convention> = {
  en: { name: 'English', decimal: '.', groups: ',', examples: '1234.5 or 1,234.5' },
  fr: { name: 'French', decimal: ',', groups: ' \u00A0\u202F', examples: '1234,5 or 1 234,5' },
  es: { name: 'Spanish', decimal: ',', groups: '.', examples: '1234,5 or 1.234,5' },
};

/** A number written as text: its value and whether it ended with a percent sign (40 % is 40). */
export type NumberTextReading = { value: number; percent: boolean } | { problem: string };

const quoted = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
const escape = (chars: string) => chars.replace(/[.\\\]^-]/g, '\\$&');

/**
 * Reads a number typed as text, as the language writes it; refuses, saying how to write it, rather
 * than guess. Plain numbers (1234, 1234.5, 1.5e3) are read in every language, and a point before
 * other than three digits is a decimal point everywhere. A single comma or point followed by exactly
 * three digits ("1,234", "1.234") separates thousands in some languages and decimals in others, so
 * it is refused in all. Text beginning with =, +, - or @ is refused: it is a formula, or a sign the
 * spreadsheet would have read had the cell held a number. A trailing % is reported, not judged.
 */
export function parseNumberText(typed: string, language: NumberLanguage): NumberTextReading {
  const text = typed.trim();
  const convention = CONVENTIONS[language];
  const first = text.charAt(0);
  if (first !== '' && '=+-@'.includes(first)) {
    return {
      problem: `${quoted(text)} begins with "${first}": text beginning with =, +, - or @ is not read as a number; type the number itself`,
    };
  }
  const percentSign = /\s*%$/.exec(text);
  const body = percentSign ? text.slice(0, percentSign.index) : text;
  const percent = percentSign !== null;
  const notANumber = { problem: `${quoted(text)} is not a number` };
  if (!/^[\d., \u00A0\u202FeE+-]+$/.test(body) || !/^[\d.,]/.test(body) || !/\d/.test(body)) return notANumber;

  const decimal = escape(convention.decimal);
  const scientific = new RegExp(`^(\\d+)(?:[.${decimal}](\\d+))?[eE]([+-]?\\d+)$`).exec(body);
  if (scientific) return finite(Number(`${scientific[1]}.${scientific[2] ?? '0'}e${scientific[3]}`), percent, text);
  if (/[eE+-]/.test(body)) return notANumber;
  if (/^\d+$/.test(body)) return finite(Number(body), percent, text);

  const lone = /^([1-9]\d{0,2})[.,](\d{3})$/.exec(body);
  if (lone) {
    return {
      problem: `${quoted(text)} is ambiguous (${lone[1]}${lone[2]} or ${lone[1]}.${lone[2]}?): languages differ on what separates thousands and decimals; write it without a thousands separator, or type it in a cell as a number rather than as text`,
    };
  }
  const group = `[${escape(convention.groups)}]`;
  const own = new RegExp(`^([1-9]\\d{0,2}(?:${group}\\d{3})+|\\d*)(?:${decimal}(\\d+))?$`).exec(body);
  if (own && (own[1] !== '' || own[2] !== undefined)) {
    const digits = own[1]!.replace(new RegExp(group, 'g'), '');
    return finite(Number(`${digits || '0'}.${own[2] ?? '0'}`), percent, text);
  }
  if (/^\d*\.\d+$/.test(body)) return finite(Number(body), percent, text);
  return {
    problem: `${quoted(text)} is not written as numbers are written in ${convention.name}: write for example ${convention.examples}`,
  };
}

function finite(value: number, percent: boolean, text: string): NumberTextReading {
  return Number.isFinite(value) ? { value, percent } : { problem: `${quoted(text)} is not a number` };
}
