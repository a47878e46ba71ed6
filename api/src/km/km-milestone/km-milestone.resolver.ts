import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import { CommunityOfPracticeDTO } from '#src/km/community-of-practice/dto/community-of-practice.dto.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { IndicatorComponentDTO } from '#src/results/indicator-component/dto/indicator-component.dto.js';
import { CreateKmMilestoneArgs } from '#src/km/km-milestone/dto/create-km-milestone.args.js';
import { UpdateKmMilestoneArgs } from '#src/km/km-milestone/dto/update-km-milestone.args.js';
import { KmMilestoneDTO } from '#src/km/km-milestone/dto/km-milestone.dto.js';
import { KmMilestoneFilter } from '#src/km/km-milestone/dto/km-milestone-filter.input.js';
import type { KmMilestoneEntity } from '#src/km/km-milestone/km-milestone.entity.js';
import { KmMilestoneService } from '#src/km/km-milestone/km-milestone.service.js';
import { OfficeDTO } from '#src/platform/office/dto/office.dto.js';
import { KM_ACCESS } from '#src/km/km-access.js';

@Resolver(() => KmMilestoneDTO)
export class KmMilestoneResolver extends CrudResolver<KmMilestoneEntity>({
  name: 'KmMilestone',
  plural: 'KmMilestones',
  dto: KmMilestoneDTO,
  filter: KmMilestoneFilter,
  createArgs: CreateKmMilestoneArgs,
  updateArgs: UpdateKmMilestoneArgs,
  access: KM_ACCESS,
}) {
  constructor(protected readonly service: KmMilestoneService) {
    super();
  }

  @ResolveField(() => OfficeDTO)
  office(milestone: KmMilestoneEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.officeById.load(milestone.officeId);
  }

  // The community is one of the milestone's own office, which the caller can read.
  @ResolveField(() => CommunityOfPracticeDTO, { nullable: true })
  community(milestone: KmMilestoneEntity, _args: unknown, { loaders }: GraphQLContext) {
    return milestone.communityId === null ? null : loaders.communityById.load(milestone.communityId);
  }

  @ResolveField(() => [ID], { description: 'The indicator components it advances' })
  componentIds(milestone: KmMilestoneEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.componentIdsByMilestone.load(milestone.id);
  }

  // Components belong to the framework, which every role reads.
  @ResolveField(() => [IndicatorComponentDTO], { description: 'The indicator components it advances' })
  async components(milestone: KmMilestoneEntity, _args: unknown, { loaders }: GraphQLContext) {
    const ids = await loaders.componentIdsByMilestone.load(milestone.id);
    return (await loaders.componentById.loadMany(ids)).filter((component) => !(component instanceof Error));
  }
}
