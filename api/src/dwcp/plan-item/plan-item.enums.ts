import { registerEnumType } from '@nestjs/graphql';

export enum PlanItemKind {
  OUTPUT = 'OUTPUT',
  ACTIVITY = 'ACTIVITY',
}

/** Regular budget, RB technical cooperation, RB supplementary account, extra-budgetary TC. */
export enum FundingSource {
  RB = 'RB',
  RBTC = 'RBTC',
  RBSA = 'RBSA',
  XBTC = 'XBTC',
}

registerEnumType(PlanItemKind, { name: 'PlanItemKind' });
registerEnumType(FundingSource, { name: 'FundingSource' });
