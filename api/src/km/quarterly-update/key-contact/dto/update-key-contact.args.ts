import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateKeyContactArgs } from '#src/km/quarterly-update/key-contact/dto/create-key-contact.args.js';

/** A contact stays in its update. */
@ArgsType()
export class UpdateKeyContactArgs extends UpdateArgs(CreateKeyContactArgs, ['updateId']) {}
