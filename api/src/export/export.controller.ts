import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, AnyRole } from '#src/auth/access.decorator.js';
import type { Actor } from '#src/auth/actor.js';
import { CurrentActor } from '#src/auth/current-actor.decorator.js';
import { Role } from '#src/auth/role.enum.js';
import { parseId } from '#src/common/crud/id.util.js';
import { sendWorkbook } from '#src/export/send-workbook.js';
import { KmUpdateExport } from '#src/export/km-update-export.service.js';
import { TrackingTableExport } from '#src/export/tracking-table-export.service.js';

/** Workbook downloads: the same bearer token and office scope as GraphQL. */
@Controller('exports')
export class ExportController {
  constructor(
    private readonly kmUpdate: KmUpdateExport,
    private readonly tracking: TrackingTableExport,
  ) {}

  /** GET /exports/km-update?officeId=..&periodId=.. → ROAP-KM-update-2009-Q2.xlsx */
  @Allow(Role.ADMIN, Role.REGIONAL_MANAGER, Role.KM_OFFICER, Role.PROGRAMME_OFFICER)
  @Get('km-update')
  async quarterlyKmUpdate(
    @CurrentActor() actor: Actor,
    @Query('officeId') officeId: string | undefined,
    @Query('periodId') periodId: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    // Validated before anything is sent, so a bad request gets a JSON error, not half a file.
    parseId(officeId ?? '', 'officeId');
    parseId(periodId ?? '', 'periodId');
    await sendWorkbook(response, await this.kmUpdate.prepare(actor, officeId!, periodId!));
  }

  /** GET /exports/tracking-table?frameworkId&fromPeriodId&toPeriodId[&officeId] → indicators x quarters */
  @AnyRole()
  @Get('tracking-table')
  async trackingTable(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, string | undefined>,
    @Res() response: Response,
  ): Promise<void> {
    for (const field of ['frameworkId', 'fromPeriodId', 'toPeriodId']) parseId(query[field] ?? '', field);
    if (query.officeId !== undefined) parseId(query.officeId, 'officeId');
    const prepared = await this.tracking.prepare(actor, {
      frameworkId: query.frameworkId!,
      fromPeriodId: query.fromPeriodId!,
      toPeriodId: query.toPeriodId!,
      officeId: query.officeId,
    });
    await sendWorkbook(response, prepared);
  }
}
