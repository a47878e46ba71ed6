import { Language } from '#src/platform/user/language.enum.js';

// The reminder job's messages in each user's language: they are stored as sent and emailed as such.

export interface ReminderFacts {
  title: string;
  periodCode: string;
  dueDate: string;
  officeCode: string;
}

export interface LateReport extends ReminderFacts {
  countryCode: string;
}

const DUE: Record<Language, (f: ReminderFacts) => string> = {
  [Language.EN]: (f) => `${f.title}: the progress report for ${f.periodCode} is due on ${f.dueDate}`,
  [Language.FR]: (f) => `${f.title} : le rapport d’avancement de ${f.periodCode} est attendu le ${f.dueDate}`,
  [Language.ES]: (f) => `${f.title}: el informe de avance de ${f.periodCode} vence el ${f.dueDate}`,
};

const OVERDUE: Record<Language, (f: ReminderFacts) => string> = {
  [Language.EN]: (f) =>
    `${f.title}: the progress report for ${f.periodCode} was due on ${f.dueDate} and is not submitted`,
  [Language.FR]: (f) =>
    `${f.title} : le rapport d’avancement de ${f.periodCode} était attendu le ${f.dueDate} et n’est pas soumis`,
  [Language.ES]: (f) =>
    `${f.title}: el informe de avance de ${f.periodCode} vencía el ${f.dueDate} y no se ha presentado`,
};

const NO_OFFICER: Record<Language, (office: string) => string> = {
  [Language.EN]: (office) => ` (${office} has no programme officer: you are reminded as its manager)`,
  [Language.FR]: (office) => ` (${office} n’a pas de chargé de programme : vous êtes averti en tant que responsable)`,
  [Language.ES]: (office) => ` (${office} no tiene oficial de programa: se le avisa como responsable)`,
};

const SUMMARY: Record<Language, { head: (day: string, count: number) => string; item: (r: LateReport) => string }> = {
  [Language.EN]: {
    head: (day, count) => `Late progress reports on ${day}: ${count}`,
    item: (r) => `${r.officeCode} ${r.countryCode} ${r.periodCode} (due ${r.dueDate})`,
  },
  [Language.FR]: {
    head: (day, count) => `Rapports d’avancement en retard au ${day} : ${count}`,
    item: (r) => `${r.officeCode} ${r.countryCode} ${r.periodCode} (attendu le ${r.dueDate})`,
  },
  [Language.ES]: {
    head: (day, count) => `Informes de avance atrasados al ${day}: ${count}`,
    item: (r) => `${r.officeCode} ${r.countryCode} ${r.periodCode} (vencía el ${r.dueDate})`,
  },
};

const known = (language: string): Language =>
  (Object.values(Language) as string[]).includes(language) ? (language as Language) : Language.EN;

/** A due or overdue reminder; `asManager` when it goes to a manager because the office has no officer. */
export function reminderMessage(language: string, overdue: boolean, facts: ReminderFacts, asManager = false): string {
  const lang = known(language);
  const text = (overdue ? OVERDUE : DUE)[lang](facts);
  return asManager ? text + NO_OFFICER[lang](facts.officeCode) : text;
}

/** One message listing every late report in a manager's reach. */
export function lateReportsSummary(language: string, day: string, reports: LateReport[]): string {
  const { head, item } = SUMMARY[known(language)];
  return `${head(day, reports.length)}. ${reports.map(item).join('; ')}`;
}
