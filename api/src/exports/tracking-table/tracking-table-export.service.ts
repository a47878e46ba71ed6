import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import type { NumberLanguage } from '#src/common/validation/number-text.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { TrackingTableData, type TrackingQuery } from '#src/exports/tracking-table/tracking-table-data.service.js';
import { writeTrackingWorkbook } from '#src/exports/tracking-table/tracking-table.workbook.js';

/** The indicator performance tracking table: read first, then streamed. */
@Injectable()
export class TrackingTableExport {
  constructor(private readonly data: TrackingTableData) {}

  async prepare(actor: Actor, query: TrackingQuery, language: NumberLanguage = 'en') {
    const content = await this.data.load(actor, query);
    const range = `${content.quarters[0]!.code}-${content.quarters.at(-1)!.code}`;
    return {
      fileName: `${content.officeCode ?? 'all-offices'}-indicator-tracking-${range}.xlsx`,
      writeTo: (stream: Writable) => writeTrackingWorkbook(content, stream, language),
    };
  }
}
