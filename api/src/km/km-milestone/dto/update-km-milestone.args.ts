import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateKmMilestoneArgs } from '#src/km/km-milestone/dto/create-km-milestone.args.js';

/** A milestone stays with its office. */
@ArgsType()
export class UpdateKmMilestoneArgs extends UpdateArgs(CreateKmMilestoneArgs, ['officeId']) {}
