import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateUserArgs } from '#src/platform/user/dto/create-user.args.js';

@ArgsType()
export class UpdateUserArgs extends UpdateArgs(CreateUserArgs) {}
