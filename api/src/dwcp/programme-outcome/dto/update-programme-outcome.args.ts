import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateProgrammeOutcomeArgs } from '#src/dwcp/programme-outcome/dto/create-programme-outcome.args.js';

@ArgsType()
export class UpdateProgrammeOutcomeArgs extends UpdateArgs(CreateProgrammeOutcomeArgs, ['programmeId']) {}
