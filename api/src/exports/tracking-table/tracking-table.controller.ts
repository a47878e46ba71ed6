import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { parseId } from '#src/common/crud/id.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import { BUDGET_LANGUAGES } from '#src/exports/tracking-table/budget-sheet.js';
import { sendWorkbook } from '#src/common/workbook/send-workbook.js';
import { TrackingTableExport } from '#src/exports/tracking-table/tracking-table-export.service.js';
import { AnyRole } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';

/** The indicator performance tracking table as a workbook: the same bearer token and office scope as GraphQL. */
@Controller('exports')
export class TrackingTableController {
  constructor(private readonly tracking: TrackingTableExport) {}

  /**
   * GET /exports/tracking-table?frameworkId&fromPeriodId&toPeriodId[&officeId][&language=en|fr|es] →
   * indicators x quarters, and a Budget sheet (its labels in that language)
   */
  @AnyRole()
  @Get('tracking-table')
  async trackingTable(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, string | undefined>,
    @Res() response: Response,
  ): Promise<void> {
    // Validated before anything is sent, so a bad request gets a JSON error, not half a file.
    for (const field of ['frameworkId', 'fromPeriodId', 'toPeriodId']) parseId(query[field] ?? '', field);
    if (query.officeId !== undefined) parseId(query.officeId, 'officeId');
    const language = BUDGET_LANGUAGES.find((code) => code === (query.language ?? 'en'));
    if (!language) throw InputError.field('language', `must be one of ${BUDGET_LANGUAGES.join(', ')}`);
    const prepared = await this.tracking.prepare(
      actor,
      {
        frameworkId: query.frameworkId!,
        fromPeriodId: query.fromPeriodId!,
        toPeriodId: query.toPeriodId!,
        officeId: query.officeId,
      },
      language,
    );
    await sendWorkbook(response, prepared);
  }
}
