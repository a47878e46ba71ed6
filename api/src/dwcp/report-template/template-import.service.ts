import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import type { FieldProblem } from '#src/common/errors/input.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { officeInReach } from '#src/common/scope/reach.js';
import { assertWritableOffice } from '#src/common/scope/office-scope.js';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { ProgressReportService } from '#src/dwcp/progress-report/progress-report.service.js';
import type { CellProblem } from '#src/dwcp/report-template/template-cells.js';
import { LINES_SHEET, REPORT_SHEET, RESULTS_SHEET } from '#src/dwcp/report-template/template-layout.js';
import { argumentProblems, cellOfPath, planReports, type ReportPlan } from '#src/dwcp/report-template/template-plan.js';
import { readTemplate, type TemplateRows } from '#src/dwcp/report-template/template-reader.js';
import { markWorkbook, sortProblems, TemplateRejectedError } from '#src/dwcp/report-template/template-rejection.js';
import { loadRowOwners } from '#src/dwcp/report-template/template-rows.js';
import { ReportTemplateData } from '#src/dwcp/report-template/template-data.service.js';
import { missingRowProblems } from '#src/dwcp/report-template/template-missing-rows.js';

export interface TemplateImportSummary {
  reports: { id: string; programmeTitle: string; version: number }[];
  lines: number;
  results: number;
}

const SHEET_ORDER = [REPORT_SHEET.name, LINES_SHEET.name, RESULTS_SHEET.name];

/** Opens the upload (already checked to be a safe .xlsx) without evaluating anything in it. */
async function openWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw InputError.field('file', `could not be read as an Excel workbook (${(error as Error).message})`);
  }
  return workbook;
}

/**
 * Imports a filled offline template: every row is checked first; then all its reports are saved as
 * drafts in one transaction, through the same service as the online form, or nothing is.
 */
@Injectable()
export class ReportTemplateImport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ProgressReportService,
    private readonly audit: AuditLog,
    private readonly data: ReportTemplateData,
  ) {}

  async import(actor: Actor, upload: { buffer: Buffer; originalName: string }): Promise<TemplateImportSummary> {
    const workbook = await openWorkbook(upload.buffer);
    const rows = readTemplate(workbook);
    const problems: CellProblem[] = [...rows.problems];
    const plans = await this.plan(actor, rows, problems);
    problems.push(...(await argumentProblems(plans)));
    // A version 1 template did not record its rows: they are those the download would write now.
    const written = rows.meta.written ?? (await this.data.writtenRows(rows.meta.reports.map((report) => report.id)));
    problems.push(...missingRowProblems(rows, written));
    const reject = async (found: CellProblem[]) => {
      const sorted = sortProblems(found, SHEET_ORDER);
      return new TemplateRejectedError(sorted, await markWorkbook(workbook, sorted, upload.originalName));
    };
    if (problems.length > 0) throw await reject(problems);

    let current: ReportPlan | undefined;
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        await this.audit.actAs(manager, actor, { via: AuditPath.TEMPLATE_IMPORT });
        const versions: number[] = [];
        for (const plan of plans) {
          current = plan;
          versions.push((await this.reports.updateIn(manager, actor, String(plan.report.id), plan.changes)).version);
        }
        return versions;
      });
      return {
        reports: plans.map((plan, index) => ({
          id: String(plan.report.id),
          programmeTitle: plan.report.programmeTitle,
          version: saved[index]!,
        })),
        lines: plans.reduce((sum, plan) => sum + plan.changes.lines.length, 0),
        results: plans.reduce((sum, plan) => sum + plan.changes.results.length, 0),
      };
    } catch (error) {
      throw await this.explain(error, current, reject);
    }
  }

  /** Checks the template is for an office the actor fills in and reads where every row belongs. */
  private async plan(actor: Actor, rows: TemplateRows, problems: CellProblem[]): Promise<ReportPlan[]> {
    const manager = this.dataSource.manager;
    const { meta } = rows;
    const office = await manager.findOneBy(OfficeEntity, { id: meta.officeId });
    if (!office) throw InputError.field('file', 'was made for an office that no longer exists');
    assertWritableOffice(
      actor,
      office.id,
      'file',
      '',
      `this template is for ${office.code}, which is not one of your offices`,
    );
    const owners = await loadRowOwners(
      manager,
      {
        lineIds: rows.lines.map((row) => row.values.lineId).filter((id): id is number => id !== null),
        reportIds: [
          ...meta.reports.map((report) => report.id),
          ...[...rows.reports, ...rows.results]
            .map((row) => row.values.reportId)
            .filter((id): id is number => id !== null),
        ],
        componentIds: rows.results.map((row) => row.values.componentId).filter((id): id is number => id !== null),
      },
      meta,
    );
    // A row pointing at a line or report out of the actor's reach reads as one pointing nowhere.
    for (const [id, line] of owners.lines) if (!officeInReach(actor, line.officeId)) owners.lines.delete(id);
    for (const [id, report] of owners.reports) if (!officeInReach(actor, report.officeId)) owners.reports.delete(id);
    for (const { id } of meta.reports) {
      const report = owners.reports.get(id);
      if (!report || report.officeId !== meta.officeId || report.periodId !== meta.periodId) {
        throw InputError.field(
          'file',
          'names a report that is not its own (its hidden sheet was changed): download a new template',
        );
      }
    }
    return planReports(rows, owners, problems);
  }

  /** A refusal from the report rules, said in terms of the workbook: its cell, or the whole file. */
  private async explain(
    error: unknown,
    plan: ReportPlan | undefined,
    reject: (problems: CellProblem[]) => Promise<GraphQLError>,
  ): Promise<unknown> {
    if (!(error instanceof GraphQLError) || !plan) return error;
    const fields = (error.extensions.fields ?? []) as FieldProblem[];
    const name = `the report of ${plan.report.programmeTitle} for ${plan.report.periodCode}`;
    if (fields.some((field) => field.field === 'version')) {
      return new ConflictError(
        'file',
        `${name} was saved online after this template was downloaded: download a new template and copy your entries into it`,
      );
    }
    if (error.extensions.code === 'FORBIDDEN') return error;
    const cells = fields.map((field) => cellOfPath(plan, field.field, field.message));
    if (cells.length > 0 && cells.every((cell) => cell !== null)) return reject(cells as CellProblem[]);
    return InputError.field('file', `${name}: ${error.message}`);
  }
}
