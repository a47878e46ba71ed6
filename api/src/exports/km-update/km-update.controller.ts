import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { parseId } from '#src/common/crud/id.util.js';
import { sendWorkbook } from '#src/common/workbook/send-workbook.js';
import { KmUpdateExport } from '#src/exports/km-update/km-update-export.service.js';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { Role } from '#src/platform/auth/role.enum.js';

/** The quarterly KM update as a workbook: the same bearer token and office scope as GraphQL. */
@Controller('exports')
export class KmUpdateController {
  constructor(private readonly kmUpdate: KmUpdateExport) {}

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
}
