import { registerEnumType } from '@nestjs/graphql';

/** Note i of the strategy's table: measures internal to the Office ("I") or also external ("I+E"). */
export enum IndicatorScope {
  INTERNAL = 'INTERNAL',
  INTERNAL_EXTERNAL = 'INTERNAL_EXTERNAL',
}

export enum Measure {
  NUMBER = 'NUMBER',
  PERCENT = 'PERCENT',
  MILESTONE = 'MILESTONE',
  TEXT = 'TEXT',
}

export enum Direction {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
}

/** How one office's results over several periods add up to its actual to date. */
export enum Aggregation {
  SUM = 'SUM',
  LATEST = 'LATEST',
  AVERAGE = 'AVERAGE',
}

registerEnumType(IndicatorScope, {
  name: 'IndicatorScope',
  valuesMap: {
    INTERNAL: { description: 'I: internal to the Office only' },
    INTERNAL_EXTERNAL: { description: 'I+E: the Office, constituents and external groups' },
  },
});
registerEnumType(Measure, { name: 'Measure' });
registerEnumType(Direction, { name: 'Direction' });
registerEnumType(Aggregation, { name: 'Aggregation' });
