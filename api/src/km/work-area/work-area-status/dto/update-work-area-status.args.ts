import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateWorkAreaStatusArgs } from '#src/km/work-area/work-area-status/dto/create-work-area-status.args.js';

/** The area and quarter identify a status and do not change. */
@ArgsType()
export class UpdateWorkAreaStatusArgs extends UpdateArgs(CreateWorkAreaStatusArgs, ['workAreaId', 'periodId']) {}
