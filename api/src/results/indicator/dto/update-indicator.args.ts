import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateIndicatorArgs } from '#src/results/indicator/dto/create-indicator.args.js';

/** Components are created, changed and deleted through their own mutations. */
@ArgsType()
export class UpdateIndicatorArgs extends UpdateArgs(CreateIndicatorArgs, ['components']) {}
