import { Controller, Get, HttpCode, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { parseId } from '#src/common/crud/id.util.js';
import { UploadedWorkbook, WorkbookUploadInterceptor } from '#src/common/upload/workbook-upload.interceptor.js';
import { DWCP_ACCESS } from '#src/dwcp/dwcp-access.js';
import { sendWorkbook } from '#src/common/workbook/send-workbook.js';
import { ReportTemplateData } from '#src/dwcp/report-template/template-data.service.js';
import { ReportTemplateImport, type TemplateImportSummary } from '#src/dwcp/report-template/template-import.service.js';
import { writeReportTemplate } from '#src/dwcp/report-template/template.workbook.js';
import { InputError } from '#src/common/errors/input.error.js';
import {
  DEFAULT_TEMPLATE_LANGUAGE,
  TEMPLATE_LANGUAGES,
  type TemplateLanguage,
} from '#src/dwcp/report-template/template-layout.js';

/** The interface sends its language; without one the template is in English. */
function parseLanguage(language: string | undefined): TemplateLanguage {
  if (language === undefined || language === '') return DEFAULT_TEMPLATE_LANGUAGE;
  const known = TEMPLATE_LANGUAGES.find((code) => code === language);
  if (!known) throw InputError.field('language', `must be one of ${TEMPLATE_LANGUAGES.join(', ')}`);
  return known;
}

/**
 * The offline report template: downloaded pre-filled, filled without a connection, uploaded back.
 * Both ends are for those who fill reports in (the office's staff and administrators).
 */
@Controller()
export class ReportTemplateController {
  constructor(
    private readonly data: ReportTemplateData,
    private readonly importer: ReportTemplateImport,
  ) {}

  /**
   * GET /exports/report-template?officeId&periodId[&language=en|fr|es] → CO-DHAKA-report-2009-Q3.xlsx,
   * its instructions in that language, and numbers typed as text read back as that language writes them.
   */
  @Allow(...DWCP_ACCESS.write)
  @Get('exports/report-template')
  async download(
    @CurrentActor() actor: Actor,
    @Query('officeId') officeId: string | undefined,
    @Query('periodId') periodId: string | undefined,
    @Query('language') language: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    parseId(officeId ?? '', 'officeId');
    parseId(periodId ?? '', 'periodId');
    const templateLanguage = parseLanguage(language);
    const content = await this.data.load(actor, officeId!, periodId!);
    await sendWorkbook(response, {
      fileName: `${content.office.code}-report-${content.period.code}.xlsx`,
      writeTo: (stream) => writeReportTemplate(content, stream, templateLanguage),
    });
  }

  /** POST /imports/report-template (multipart, field "file"): all rows saved as the drafts, or none. */
  @Allow(...DWCP_ACCESS.write)
  @Post('imports/report-template')
  @HttpCode(200)
  @UseInterceptors(WorkbookUploadInterceptor)
  upload(
    @CurrentActor() actor: Actor,
    @UploadedWorkbook() file: { buffer: Buffer; originalName: string },
  ): Promise<TemplateImportSummary> {
    return this.importer.import(actor, file);
  }
}
