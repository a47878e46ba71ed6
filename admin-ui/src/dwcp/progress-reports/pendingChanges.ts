import type { ReportSaveInput } from '../../app/dataProvider/progressReports';
import {
  lineInput,
  lineKey,
  orNull,
  resultInput,
  resultKey,
  type FieldKey,
  type LineForm,
  type PayloadIndex,
  type ReportForm,
  type ResultForm,
} from './reportForm';

// Autosave field by field: what differs from the server, what of it can be sent now (its own
// field is not marked with an error) and what is held back. No React here, so all of it is unit-tested.

export type FieldValue = string | boolean;
export type FieldValues = Record<FieldKey, FieldValue>;

const NARRATIVE = ['achievements', 'challenges', 'nextSteps'] as const;
const LINE_FIELDS = ['status', 'percentComplete', 'narrative', 'challenges', 'confirmed'] as const;
const RESULT_FIELDS = ['value', 'milestoneStatus', 'narrative', 'evidenceLinks'] as const;
type LineField = (typeof LINE_FIELDS)[number];
type ResultField = (typeof RESULT_FIELDS)[number];

/** `line:p1:status` → `{ unit: 'line:p1', field: 'status' }`; `achievements` is its own unit. */
export function parseKey(key: FieldKey): {
  unit: string;
  kind: 'line' | 'result' | 'narrative';
  id: string;
  field: string;
} {
  const [kind, ...rest] = key.split(':');
  if ((kind === 'line' || kind === 'result') && rest.length >= 2) {
    const field = rest.pop()!;
    const id = rest.join(':');
    return { unit: `${kind}:${id}`, kind, id, field };
  }
  return { unit: key, kind: 'narrative', id: key, field: key };
}

/** Every field the officer edits, by key. */
export function fieldValues(form: ReportForm): FieldValues {
  const values: FieldValues = {};
  for (const field of NARRATIVE) values[field] = form[field];
  for (const line of form.lines) {
    for (const field of LINE_FIELDS)
      values[lineKey(line.planItemId, field)] = field === 'confirmed' ? Boolean(line.confirmed) : line[field];
  }
  for (const result of Object.values(form.results)) {
    for (const field of RESULT_FIELDS) values[resultKey(result.componentId, field)] = result[field];
  }
  return values;
}

/** The fields of `current` that differ from `saved` (what the server has), with their new values. */
export function changedFields(saved: ReportForm, current: ReportForm): FieldValues {
  const before = fieldValues(saved);
  return Object.fromEntries(Object.entries(fieldValues(current)).filter(([key, value]) => before[key] !== value));
}

/** `form` with the given fields set; keys the form does not have (an item no longer in the report) are ignored. */
export function withFields(form: ReportForm, values: FieldValues): ReportForm {
  let next: ReportForm = { ...form };
  for (const [key, value] of Object.entries(values)) {
    const { kind, id, field } = parseKey(key);
    if (kind === 'narrative' && (NARRATIVE as readonly string[]).includes(field) && typeof value === 'string') {
      next = { ...next, [field]: value };
    } else if (kind === 'line' && (LINE_FIELDS as readonly string[]).includes(field)) {
      next = {
        ...next,
        lines: next.lines.map((line) =>
          line.planItemId !== id
            ? line
            : field === 'confirmed'
              ? { ...line, confirmed: Boolean(value), ...(value ? { carriedForward: false } : {}) }
              : ({ ...line, [field as LineField]: String(value) } as LineForm),
        ),
      };
    } else if (kind === 'result' && (RESULT_FIELDS as readonly string[]).includes(field) && next.results[id]) {
      const result = { ...next.results[id], [field as ResultField]: String(value) } as ResultForm;
      next = { ...next, results: { ...next.results, [id]: result } };
    }
  }
  return next;
}

const tracked = (kind: string, field: string) =>
  kind === 'line'
    ? (LINE_FIELDS as readonly string[]).includes(field)
    : kind === 'result'
      ? (RESULT_FIELDS as readonly string[]).includes(field)
      : true;

export interface Split {
  /** Changed fields whose own input carries no error: sent now. */
  send: FieldValues;
  /** Changed fields held back, each with its error. */
  hold: Record<FieldKey, string>;
}

/**
 * Splits the changes into what can be sent and what is held. An error on a field holds that
 * field; one on a whole line or result (its `row`, or a part the form does not edit such as its
 * disaggregations) holds all of that line's or result's changes. The `form` error holds nothing.
 */
export function splitChanges(saved: ReportForm, current: ReportForm, errors: Record<FieldKey, string>): Split {
  const onField = new Map<FieldKey, string>();
  const onUnit = new Map<string, string>();
  for (const [key, message] of Object.entries(errors)) {
    const { unit, kind, field } = parseKey(key);
    if (tracked(kind, field)) onField.set(key, message);
    else onUnit.set(unit, message);
  }
  const split: Split = { send: {}, hold: {} };
  for (const [key, value] of Object.entries(changedFields(saved, current))) {
    const error = onField.get(key) ?? onUnit.get(parseKey(key).unit);
    if (error === undefined) split.send[key] = value;
    else split.hold[key] = error;
  }
  return split;
}

/**
 * The save that sends `send` and nothing else: each line or result with a sent field goes whole,
 * its other fields as the server has them (`saved`); narrative fields not sent are left out. `next`
 * is what the server holds once it is saved.
 */
export function buildPartialSave(
  id: string,
  version: number,
  saved: ReportForm,
  send: FieldValues,
): { input: ReportSaveInput; index: PayloadIndex; next: ReportForm } {
  const next = withFields(saved, send);
  const units = new Set(Object.keys(send).map((key) => parseKey(key).unit));
  const lines = next.lines.filter((line) => units.has(`line:${line.planItemId}`));
  const results = Object.values(next.results).filter((result) => units.has(`result:${result.componentId}`));
  const narrative = Object.fromEntries(NARRATIVE.filter((field) => field in send).map((f) => [f, orNull(next[f])]));
  return {
    input: { id, version, ...narrative, lines: lines.map(lineInput), results: results.map(resultInput) },
    index: { lines: lines.map((line) => line.planItemId), results: results.map((result) => result.componentId) },
    next: {
      ...next,
      results: Object.fromEntries(
        Object.entries(next.results).map(([key, result]) => [
          key,
          units.has(`result:${key}`) ? { ...result, saved: true } : result,
        ]),
      ),
    },
  };
}
