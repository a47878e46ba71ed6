import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { CommunityOfPracticeService } from '#src/km/community-of-practice/community-of-practice.service.js';
import { CreateCommunityOfPracticeArgs } from '#src/km/community-of-practice/dto/create-community-of-practice.args.js';
import { UpdateCommunityOfPracticeArgs } from '#src/km/community-of-practice/dto/update-community-of-practice.args.js';
import { CommunityOfPracticeDTO } from '#src/km/community-of-practice/dto/community-of-practice.dto.js';
import { CommunityOfPracticeFilter } from '#src/km/community-of-practice/dto/community-of-practice-filter.input.js';
import { CopDiscussionDTO } from '#src/km/community-of-practice/cop-discussion/dto/cop-discussion.dto.js';
import { CopMembershipTargetDTO } from '#src/km/community-of-practice/cop-membership-target/dto/cop-membership-target.dto.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { OfficeDTO } from '#src/platform/office/dto/office.dto.js';
import { KM_ACCESS } from '#src/km/km-access.js';

// Targets and discussions hang from a community the caller could already read.
@Resolver(() => CommunityOfPracticeDTO)
export class CommunityOfPracticeResolver extends CrudResolver<CommunityOfPracticeEntity>({
  name: 'CommunityOfPractice',
  // As react-admin's pluralize spells it.
  plural: 'CommunityOfPractices',
  dto: CommunityOfPracticeDTO,
  filter: CommunityOfPracticeFilter,
  createArgs: CreateCommunityOfPracticeArgs,
  updateArgs: UpdateCommunityOfPracticeArgs,
  access: KM_ACCESS,
}) {
  constructor(protected readonly service: CommunityOfPracticeService) {
    super();
  }

  @ResolveField(() => OfficeDTO)
  office(community: CommunityOfPracticeEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.officeById.load(community.officeId);
  }

  @ResolveField(() => [CopMembershipTargetDTO], { description: 'Target membership by group' })
  membershipTargets(community: CommunityOfPracticeEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.membershipTargetsByCommunity.load(community.id);
  }

  @ResolveField(() => Int, { description: 'The sum of the targets by group' })
  async targetMembership(community: CommunityOfPracticeEntity, _args: unknown, { loaders }: GraphQLContext) {
    const targets = await loaders.membershipTargetsByCommunity.load(community.id);
    return targets.reduce((sum, target) => sum + target.targetMembers, 0);
  }

  @ResolveField(() => [CopDiscussionDTO], { description: 'Moderated discussions, oldest first' })
  discussions(community: CommunityOfPracticeEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.discussionsByCommunity.load(community.id);
  }
}
