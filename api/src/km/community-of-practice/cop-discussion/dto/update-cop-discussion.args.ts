import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateCopDiscussionArgs } from '#src/km/community-of-practice/cop-discussion/dto/create-cop-discussion.args.js';

/** A discussion stays with its community. */
@ArgsType()
export class UpdateCopDiscussionArgs extends UpdateArgs(CreateCopDiscussionArgs, ['communityId']) {}
