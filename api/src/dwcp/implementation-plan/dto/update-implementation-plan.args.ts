import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateImplementationPlanArgs } from '#src/dwcp/implementation-plan/dto/create-implementation-plan.args.js';

/** A plan belongs to its programme and year; only its notes change. */
@ArgsType()
export class UpdateImplementationPlanArgs extends UpdateArgs(CreateImplementationPlanArgs, ['programmeId', 'year']) {}
