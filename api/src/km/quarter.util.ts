import type { EntityManager } from 'typeorm';
import { findReference } from '#src/common/crud/reference.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodKind } from '#src/platform/reporting-period/reporting-period.enums.js';

/** Loads the period `field` refers to, refusing anything but a quarter. */
export async function findQuarter(manager: EntityManager, id: string | number, field: string) {
  const period = await findReference(manager, ReportingPeriodEntity, id, field, 'ReportingPeriod');
  if (period.kind !== PeriodKind.QUARTER) {
    throw InputError.field(field, `must be a quarter; ${period.code} is a ${period.kind}`);
  }
  return period;
}
