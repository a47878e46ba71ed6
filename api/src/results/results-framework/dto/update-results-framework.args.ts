import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateResultsFrameworkArgs } from '#src/results/results-framework/dto/create-results-framework.args.js';

@ArgsType()
export class UpdateResultsFrameworkArgs extends UpdateArgs(CreateResultsFrameworkArgs) {}
