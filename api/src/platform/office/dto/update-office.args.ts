import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateOfficeArgs } from '#src/platform/office/dto/create-office.args.js';

@ArgsType()
export class UpdateOfficeArgs extends UpdateArgs(CreateOfficeArgs) {}
