import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateOutcomeArgs } from '#src/results/outcome/dto/create-outcome.args.js';

/** An outcome may move to another framework while it has no indicators (OutcomeService). */
@ArgsType()
export class UpdateOutcomeArgs extends UpdateArgs(CreateOutcomeArgs) {}
