import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateCopMembershipTargetArgs } from '#src/km/community-of-practice/cop-membership-target/dto/create-cop-membership-target.args.js';

/** A target stays with its community. */
@ArgsType()
export class UpdateCopMembershipTargetArgs extends UpdateArgs(CreateCopMembershipTargetArgs, ['communityId']) {}
