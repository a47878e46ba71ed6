import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateWorkAreaArgs } from '#src/km/work-area/dto/create-work-area.args.js';

/** An area stays with its office. */
@ArgsType()
export class UpdateWorkAreaArgs extends UpdateArgs(CreateWorkAreaArgs, ['officeId']) {}
