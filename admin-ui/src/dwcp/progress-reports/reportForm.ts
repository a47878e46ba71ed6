import type {
  Disaggregation,
  DueComponent,
  FieldProblem,
  Measure,
  MilestoneStatus,
  PlanItemStatus,
  ProgrammeOutcomeSummary,
  ReportDetail,
  ReportLine,
  ReportSaveInput,
} from '../../app/dataProvider/progressReports';

// The report form as plain data: what the officer edits, how it is grouped, what a save sends,
// and where the server's complaints belong. No React here, so all of it is unit-tested.

export interface LineForm {
  lineId: string;
  planItemId: string;
  code: string;
  title: string;
  programmeOutcomeId: string | null;
  status: PlanItemStatus;
  /** As typed: '' means no value. */
  percentComplete: string;
  narrative: string;
  challenges: string;
  flagged: boolean;
  reviewerComment: string | null;
  /** Status and % complete copied from the previous quarter, not yet confirmed. */
  carriedForward: boolean;
  /** The officer confirmed the carried values here: the next save says so. */
  confirmed?: boolean;
}

export interface ResultForm {
  componentId: string;
  measure: Measure;
  value: string;
  milestoneStatus: MilestoneStatus | '';
  narrative: string;
  /** One web address a line. */
  evidenceLinks: string;
  /** Not edited here; sent back unchanged so a save keeps them. */
  disaggregations: Disaggregation[];
  /** Saved before: always sent, so clearing it is reported rather than silently ignored. */
  saved: boolean;
}

export interface ReportForm {
  achievements: string;
  challenges: string;
  nextSteps: string;
  lines: LineForm[];
  results: Record<string, ResultForm>;
}

/** Where an error is shown: `achievements`, `line:<planItemId>:<field>`, `result:<componentId>:<field>` or `form`. */
export type FieldKey = string;
export const lineKey = (planItemId: string, field: string): FieldKey => `line:${planItemId}:${field}`;
export const resultKey = (componentId: string, field: string): FieldKey => `result:${componentId}:${field}`;
export const FORM_KEY: FieldKey = 'form';

const text = (value: string | null | undefined) => value ?? '';

/** The form as the report now stands on the server. */
export function initialForm(report: ReportDetail): ReportForm {
  const results: Record<string, ResultForm> = {};
  for (const component of report.dueComponents) {
    const saved = report.results.find((result) => result.componentId === component.id);
    results[component.id] = {
      componentId: component.id,
      measure: component.effectiveMeasure,
      value: saved?.value == null ? '' : String(saved.value),
      milestoneStatus: saved?.milestoneStatus ?? '',
      narrative: text(saved?.narrative),
      evidenceLinks: (saved?.evidenceLinks ?? []).join('\n'),
      disaggregations: saved?.disaggregations ?? [],
      saved: saved !== undefined,
    };
  }
  return {
    achievements: text(report.achievements),
    challenges: text(report.challenges),
    nextSteps: text(report.nextSteps),
    lines: report.lines.map(lineForm),
    results,
  };
}

const lineForm = (line: ReportLine): LineForm => ({
  lineId: line.id,
  planItemId: line.planItemId,
  code: line.planItem.code,
  title: line.planItem.title,
  programmeOutcomeId: line.planItem.programmeOutcomeId,
  status: line.status,
  percentComplete: line.percentComplete == null ? '' : String(line.percentComplete),
  narrative: text(line.narrative),
  challenges: text(line.challenges),
  flagged: line.flagged,
  reviewerComment: line.reviewerComment,
  carriedForward: line.carriedForward,
});

export interface LineGroup<T> {
  /** The DWCP outcome, or null for "Other items". */
  outcome: ProgrammeOutcomeSummary | null;
  lines: T[];
}

/** Lines by DWCP outcome, in outcome code order, items without (or with an unknown) outcome last. */
export function groupLines<T extends { programmeOutcomeId: string | null; code: string }>(
  lines: readonly T[],
  outcomes: readonly ProgrammeOutcomeSummary[],
): LineGroup<T>[] {
  const byCode = (a: { code: string }, b: { code: string }) =>
    a.code.localeCompare(b.code, undefined, { numeric: true });
  const groups: LineGroup<T>[] = [...outcomes]
    .sort(byCode)
    .map((outcome) => ({ outcome, lines: lines.filter((line) => line.programmeOutcomeId === outcome.id).sort(byCode) }))
    .filter((group) => group.lines.length > 0);
  const known = new Set(outcomes.map((outcome) => outcome.id));
  const other = lines.filter((line) => line.programmeOutcomeId === null || !known.has(line.programmeOutcomeId));
  if (other.length > 0) groups.push({ outcome: null, lines: [...other].sort(byCode) });
  return groups;
}

export interface ComponentGroup {
  outcome: DueComponent['indicator']['outcome'];
  components: DueComponent[];
}

/** Due components by strategy outcome (number order), then indicator code and component label. */
export function groupComponents(components: readonly DueComponent[]): ComponentGroup[] {
  const groups = new Map<string, ComponentGroup>();
  for (const component of components) {
    const outcome = component.indicator.outcome;
    const group = groups.get(outcome.id) ?? { outcome, components: [] };
    group.components.push(component);
    groups.set(outcome.id, group);
  }
  const order = (a: DueComponent, b: DueComponent) =>
    a.indicator.code.localeCompare(b.indicator.code, undefined, { numeric: true }) || a.label.localeCompare(b.label);
  return [...groups.values()]
    .sort((a, b) => a.outcome.number - b.outcome.number)
    .map((group) => ({ ...group, components: group.components.sort(order) }));
}

/** Which input each array entry of a save came from, to place the server's `lines[2]…` errors. */
export interface PayloadIndex {
  lines: string[];
  results: string[];
}

export const orNull = (value: string) => (value.trim() === '' ? null : value);
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value.replace(',', '.')));

const hasContent = (result: ResultForm) =>
  result.value.trim() !== '' ||
  result.milestoneStatus !== '' ||
  result.narrative.trim() !== '' ||
  result.evidenceLinks.trim() !== '';

/** A line as `updateProgressReport` takes it. */
export const lineInput = (line: LineForm) => ({
  planItemId: line.planItemId,
  status: line.status,
  percentComplete: numberOrNull(line.percentComplete),
  narrative: orNull(line.narrative),
  challenges: orNull(line.challenges),
  ...(line.confirmed ? { confirmed: true } : {}),
});

/** A result as `updateProgressReport` takes it: one web address a line, blank lines dropped. */
export const resultInput = (result: ResultForm) => ({
  componentId: result.componentId,
  value: numberOrNull(result.value),
  milestoneStatus: result.milestoneStatus === '' ? null : result.milestoneStatus,
  narrative: orNull(result.narrative),
  evidenceLinks: linksOf(result.evidenceLinks),
  disaggregations: result.disaggregations,
});

const linksOf = (text: string) =>
  text
    .split('\n')
    .map((link) => link.trim())
    .filter((link) => link !== '');

/** The whole report as `updateProgressReport` takes it; results only where something was entered (or saved before). */
export function buildSavePayload(
  id: string,
  version: number,
  form: ReportForm,
): { input: ReportSaveInput; index: PayloadIndex } {
  const results = Object.values(form.results).filter((result) => result.saved || hasContent(result));
  return {
    input: {
      id,
      version,
      achievements: orNull(form.achievements),
      challenges: orNull(form.challenges),
      nextSteps: orNull(form.nextSteps),
      lines: form.lines.map(lineInput),
      results: results.map(resultInput),
    },
    index: { lines: form.lines.map((line) => line.planItemId), results: results.map((result) => result.componentId) },
  };
}

const PATH = /^(lines|results)\[(\d+)\]\.?([A-Za-z]+)?/;

/** Where a server field path belongs: `lines[2].percentComplete` → that line's percent input. */
export function fieldKeyOf(path: string, index: PayloadIndex): FieldKey {
  const match = PATH.exec(path);
  if (!match) return ['achievements', 'challenges', 'nextSteps'].includes(path) ? path : FORM_KEY;
  const [, list, position, field] = match;
  const id = (list === 'lines' ? index.lines : index.results)[Number(position)];
  if (id === undefined) return FORM_KEY;
  const key = list === 'lines' ? lineKey : resultKey;
  // An unknown plan item or component is the line's or result's problem as a whole.
  return key(id, !field || field === 'planItemId' || field === 'componentId' ? 'row' : field);
}

/** The server's problems by input; several on one input are joined. */
export function mapServerErrors(problems: readonly FieldProblem[], index: PayloadIndex): Record<FieldKey, string> {
  const errors: Record<FieldKey, string> = {};
  for (const problem of problems) {
    const key = fieldKeyOf(problem.field, index);
    const message = key === FORM_KEY ? `${problem.field}: ${problem.message}` : problem.message;
    errors[key] = errors[key] ? `${errors[key]}; ${message}` : message;
  }
  return errors;
}

const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+\.[^\s]+$/i;

/** Translation keys of problems the browser can see at once; the server checks everything again. */
export function clientErrors(form: ReportForm): Record<FieldKey, string> {
  const errors: Record<FieldKey, string> = {};
  const checkNumber = (key: FieldKey, raw: string, percent: boolean) => {
    if (raw.trim() === '') return;
    const value = numberOrNull(raw);
    if (value === null || Number.isNaN(value)) errors[key] = 'reports.errors.number';
    else if (percent && (value < 0 || value > 100)) errors[key] = 'reports.errors.percent';
  };
  for (const line of form.lines) checkNumber(lineKey(line.planItemId, 'percentComplete'), line.percentComplete, true);
  for (const result of Object.values(form.results)) {
    if (result.measure === 'NUMBER' || result.measure === 'PERCENT')
      checkNumber(resultKey(result.componentId, 'value'), result.value, result.measure === 'PERCENT');
    // Only to decide what autosave sends: the server checks the links again.
    if (linksOf(result.evidenceLinks).some((link) => !WEB_ADDRESS.test(link)))
      errors[resultKey(result.componentId, 'evidenceLinks')] = 'reports.errors.links';
  }
  return errors;
}

/** "sex women: 12, sex men: 8" */
export const describeDisaggregations = (items: readonly Disaggregation[]) =>
  items.map((item) => `${item.dimension} ${item.category}: ${item.value}`).join(', ');
