import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateIntermediateTargetArgs } from '#src/results/intermediate-target/dto/create-intermediate-target.args.js';

/** A target stays with its component; its period may change. */
@ArgsType()
export class UpdateIntermediateTargetArgs extends UpdateArgs(CreateIntermediateTargetArgs, ['componentId']) {}
