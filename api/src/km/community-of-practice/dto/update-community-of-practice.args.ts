import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateCommunityOfPracticeArgs } from '#src/km/community-of-practice/dto/create-community-of-practice.args.js';

/** A community stays with its office. */
@ArgsType()
export class UpdateCommunityOfPracticeArgs extends UpdateArgs(CreateCommunityOfPracticeArgs, ['officeId']) {}
