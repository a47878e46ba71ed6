import type { EntityManager } from 'typeorm';
import { findReference } from '#src/common/crud/reference.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import type { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';
import { PlanItemKind } from '#src/dwcp/plan-item/plan-item.enums.js';

/** The fields that may still change once a plan is submitted or approved: spending is reported all year. */
export const FIELDS_AFTER_APPROVAL = new Set(['expenditureUsd']);

const usd = (value: number | string) =>
  `US$ ${Number(value).toLocaleString('en', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;

/**
 * Outputs sit directly under a country programme outcome; activities under an output of the same
 * plan (and its outcome). Returns the parent id and the outcome the item then belongs to.
 */
export async function checkParent(
  manager: EntityManager,
  plan: ImplementationPlanEntity,
  kind: PlanItemKind,
  parentId: string | number | null,
  outcomeId: number | null,
  itemId?: number,
): Promise<{ parentId: number | null; programmeOutcomeId: number | null }> {
  if (parentId === null) return { parentId: null, programmeOutcomeId: outcomeId };
  const parent = await findReference(manager, PlanItemEntity, parentId, 'parentId', 'PlanItem');
  if (parent.planId !== plan.id) throw InputError.field('parentId', `${parent.code} is an item of another plan`);
  if (kind !== PlanItemKind.ACTIVITY)
    throw InputError.field('parentId', 'only an activity sits under an output; an output sits under an outcome');
  if (parent.kind !== PlanItemKind.OUTPUT || parent.id === itemId)
    throw InputError.field('parentId', `${parent.code} is an activity: an activity sits under an output`);
  if (outcomeId !== null && parent.programmeOutcomeId !== null && outcomeId !== parent.programmeOutcomeId) {
    throw InputError.field('programmeOutcomeId', `must be the outcome of its output ${parent.code}`);
  }
  return { parentId: parent.id, programmeOutcomeId: parent.programmeOutcomeId ?? outcomeId };
}

/** An output with activities under it stays an output. */
export async function assertKindChangeAllowed(manager: EntityManager, item: PlanItemEntity, kind: PlanItemKind) {
  if (kind === item.kind || kind === PlanItemKind.OUTPUT) return;
  const children = await manager.countBy(PlanItemEntity, { parentId: item.id });
  if (children > 0)
    throw InputError.field('kind', `${item.code} has ${children} activities under it: it stays an output`);
}

/** Expenditure to date: never negative (the input says so), never above the budget (ADR 0017). */
export function checkExpenditure(
  budget: number | string | null,
  expenditure: number | string | null,
  changed: 'budgetUsd' | 'expenditureUsd',
) {
  if (expenditure === null) return;
  if (budget === null) throw InputError.field(changed, 'an item with expenditure needs a budget to spend against');
  if (Number(expenditure) > Number(budget)) {
    throw InputError.field(
      changed,
      changed === 'expenditureUsd'
        ? `must not exceed the budget (${usd(budget)}): raise the budget first`
        : `must not be below the expenditure to date (${usd(expenditure)})`,
    );
  }
}
