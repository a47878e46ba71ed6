import type { DataSource } from 'typeorm';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { ProgrammeStatus } from '#src/dwcp/country-programme/country-programme.enums.js';
import { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';
import { FundingSource, PlanItemKind } from '#src/dwcp/plan-item/plan-item.enums.js';

/** A 2008-2010 programme for `officeId` with a 2009 plan whose items span the given periods. */
export async function createProgrammeWithPlan(
  dataSource: DataSource,
  officeId: number,
  countryCode: string,
  items: { code: string; startPeriodId: number; endPeriodId: number; componentIds?: number[] }[],
) {
  const programme = await dataSource.getRepository(CountryProgrammeEntity).save({
    officeId,
    countryCode,
    title: `${countryCode} DWCP`,
    startYear: 2008,
    endYear: 2010,
    status: ProgrammeStatus.ACTIVE,
  });
  const plan = await dataSource
    .getRepository(ImplementationPlanEntity)
    .save({ programmeId: programme.id, year: 2009, notes: null });
  const saved = await dataSource.getRepository(PlanItemEntity).save(
    items.map((item) => ({
      ...item,
      planId: plan.id,
      programmeOutcomeId: null,
      kind: PlanItemKind.ACTIVITY,
      title: `Activity ${item.code}`,
      description: null,
      responsible: null,
      fundingSource: FundingSource.RB,
      budgetUsd: null,
      componentIds: item.componentIds ?? [],
      knowledgeSharing: false,
    })),
  );
  return { programme, plan, items: Object.fromEntries(saved.map((item) => [item.code, item])) };
}
