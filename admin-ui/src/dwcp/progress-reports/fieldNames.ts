import type { ReportDetail } from '../../app/dataProvider/progressReports';
import { parseKey } from './pendingChanges';
import type { FieldKey } from './reportForm';

// How a held field is named in the save status: "4.1 (ii) Evidence links", "A1 % complete".
const LABELS: Record<string, string> = {
  'line:status': 'reports.form.status',
  'line:percentComplete': 'reports.form.percentComplete',
  'line:narrative': 'reports.form.progress',
  'line:challenges': 'reports.form.challenges',
  'line:confirmed': 'reports.form.confirmCarried',
  'result:value': 'reports.form.value',
  'result:milestoneStatus': 'reports.form.milestoneStatus',
  'result:narrative': 'reports.form.narrative',
  'result:evidenceLinks': 'reports.form.evidenceLinks',
};

export const fieldNamer =
  (report: ReportDetail, translate: (key: string) => string) =>
  (key: FieldKey): string => {
    const { kind, id, field } = parseKey(key);
    if (kind === 'narrative') return translate(`resources.ProgressReport.fields.${field}`);
    const label = translate(LABELS[`${kind}:${field}`] ?? 'reports.form.row');
    if (kind === 'line') {
      const line = report.lines.find((candidate) => candidate.planItemId === id);
      return `${line?.planItem.code ?? id} ${label}`;
    }
    const component = report.dueComponents.find((candidate) => candidate.id === id);
    return `${component ? `${component.indicator.code} ${component.label}` : id} ${label}`;
  };
