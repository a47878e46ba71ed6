import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateIndicatorResultArgs } from '#src/results/indicator-result/dto/create-indicator-result.args.js';

/** The component, period and office identify a result and do not change. */
@ArgsType()
export class UpdateIndicatorResultArgs extends UpdateArgs(CreateIndicatorResultArgs, [
  'componentId',
  'periodId',
  'officeId',
]) {}
