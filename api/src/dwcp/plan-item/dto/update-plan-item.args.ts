import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreatePlanItemArgs } from '#src/dwcp/plan-item/dto/create-plan-item.args.js';

/** An item stays in its plan. */
@ArgsType()
export class UpdatePlanItemArgs extends UpdateArgs(CreatePlanItemArgs, ['planId']) {}
