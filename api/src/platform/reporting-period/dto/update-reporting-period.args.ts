import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateReportingPeriodArgs } from '#src/platform/reporting-period/dto/create-reporting-period.args.js';

/** A period's code (and so its dates) is its identity; only the due date changes. */
@ArgsType()
export class UpdateReportingPeriodArgs extends UpdateArgs(CreateReportingPeriodArgs, ['code']) {}
