import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { DataSource, In } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { KmUpdateData } from '#src/exports/km-update/km-update-data.service.js';
import { writeKmUpdateWorkbook } from '#src/exports/km-update/km-update.workbook.js';
import { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';

const SCOPE_LABEL: Record<string, string> = { INTERNAL: 'I', INTERNAL_EXTERNAL: 'I+E' };

/** The quarterly KM update of an office: its content is read first, then the workbook streams. */
@Injectable()
export class KmUpdateExport {
  constructor(
    private readonly data: KmUpdateData,
    private readonly dataSource: DataSource,
  ) {}

  async prepare(actor: Actor, officeId: string, periodId: string) {
    const content = await this.data.load(actor, officeId, periodId);
    const indicatorIds = [...new Set(content.progress.map((row) => row.indicatorId))];
    const indicators = indicatorIds.length
      ? await this.dataSource.manager.findBy(IndicatorEntity, { id: In(indicatorIds) })
      : [];
    const scopes = new Map(
      indicators.map((indicator) => [indicator.id, SCOPE_LABEL[indicator.scope] ?? indicator.scope]),
    );
    return {
      fileName: `${content.office.code}-KM-update-${content.period.code}.xlsx`,
      writeTo: (stream: Writable) => writeKmUpdateWorkbook(content, scopes, stream),
    };
  }
}
