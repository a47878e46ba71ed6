import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateCriticalIssueArgs } from '#src/km/quarterly-update/critical-issue/dto/create-critical-issue.args.js';

/** An issue stays in its update. */
@ArgsType()
export class UpdateCriticalIssueArgs extends UpdateArgs(CreateCriticalIssueArgs, ['updateId']) {}
