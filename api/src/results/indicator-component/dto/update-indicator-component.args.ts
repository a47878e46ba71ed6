import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateIndicatorComponentArgs } from '#src/results/indicator-component/dto/create-indicator-component.args.js';

@ArgsType()
export class UpdateIndicatorComponentArgs extends UpdateArgs(CreateIndicatorComponentArgs) {}
