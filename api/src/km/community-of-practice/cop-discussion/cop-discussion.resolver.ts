import { ResolveField, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import { CommunityOfPracticeDTO } from '#src/km/community-of-practice/dto/community-of-practice.dto.js';
import type { CopDiscussionEntity } from '#src/km/community-of-practice/cop-discussion/cop-discussion.entity.js';
import { CopDiscussionService } from '#src/km/community-of-practice/cop-discussion/cop-discussion.service.js';
import { CreateCopDiscussionArgs } from '#src/km/community-of-practice/cop-discussion/dto/create-cop-discussion.args.js';
import { UpdateCopDiscussionArgs } from '#src/km/community-of-practice/cop-discussion/dto/update-cop-discussion.args.js';
import { CopDiscussionDTO } from '#src/km/community-of-practice/cop-discussion/dto/cop-discussion.dto.js';
import { CopDiscussionFilter } from '#src/km/community-of-practice/cop-discussion/dto/cop-discussion-filter.input.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { KM_ACCESS } from '#src/km/km-access.js';

@Resolver(() => CopDiscussionDTO)
export class CopDiscussionResolver extends CrudResolver<CopDiscussionEntity>({
  name: 'CopDiscussion',
  plural: 'CopDiscussions',
  dto: CopDiscussionDTO,
  filter: CopDiscussionFilter,
  createArgs: CreateCopDiscussionArgs,
  updateArgs: UpdateCopDiscussionArgs,
  access: KM_ACCESS,
}) {
  constructor(protected readonly service: CopDiscussionService) {
    super();
  }

  @ResolveField(() => CommunityOfPracticeDTO)
  community(discussion: CopDiscussionEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.communityById.load(discussion.communityId);
  }
}
