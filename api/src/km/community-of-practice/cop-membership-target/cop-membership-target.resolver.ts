import { ResolveField, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import { CommunityOfPracticeDTO } from '#src/km/community-of-practice/dto/community-of-practice.dto.js';
import type { CopMembershipTargetEntity } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.entity.js';
import { CopMembershipTargetService } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.service.js';
import { CreateCopMembershipTargetArgs } from '#src/km/community-of-practice/cop-membership-target/dto/create-cop-membership-target.args.js';
import { UpdateCopMembershipTargetArgs } from '#src/km/community-of-practice/cop-membership-target/dto/update-cop-membership-target.args.js';
import { CopMembershipTargetDTO } from '#src/km/community-of-practice/cop-membership-target/dto/cop-membership-target.dto.js';
import { CopMembershipTargetFilter } from '#src/km/community-of-practice/cop-membership-target/dto/cop-membership-target-filter.input.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { KM_ACCESS } from '#src/km/km-access.js';

@Resolver(() => CopMembershipTargetDTO)
export class CopMembershipTargetResolver extends CrudResolver<CopMembershipTargetEntity>({
  name: 'CopMembershipTarget',
  plural: 'CopMembershipTargets',
  dto: CopMembershipTargetDTO,
  filter: CopMembershipTargetFilter,
  createArgs: CreateCopMembershipTargetArgs,
  updateArgs: UpdateCopMembershipTargetArgs,
  access: KM_ACCESS,
}) {
  constructor(protected readonly service: CopMembershipTargetService) {
    super();
  }

  @ResolveField(() => CommunityOfPracticeDTO)
  community(target: CopMembershipTargetEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.communityById.load(target.communityId);
  }
}
