import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateQuarterlyUpdateArgs } from '#src/km/quarterly-update/dto/create-quarterly-update.args.js';

/** The office and quarter identify an update and do not change. */
@ArgsType()
export class UpdateQuarterlyUpdateArgs extends UpdateArgs(CreateQuarterlyUpdateArgs, ['officeId', 'periodId']) {}
