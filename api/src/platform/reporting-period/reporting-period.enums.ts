import { registerEnumType } from '@nestjs/graphql';

export enum PeriodKind {
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
  BIENNIUM = 'BIENNIUM',
}

export enum PeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  LOCKED = 'LOCKED',
}

registerEnumType(PeriodKind, { name: 'PeriodKind' });
registerEnumType(PeriodStatus, {
  name: 'PeriodStatus',
  valuesMap: {
    OPEN: { description: 'Results and reports can be entered' },
    CLOSED: { description: 'Only returned reports can be resubmitted' },
    LOCKED: { description: 'Nothing can be created, edited or submitted' },
  },
});
