import { ResolveField, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { OfficeDTO } from '#src/platform/office/dto/office.dto.js';
import { KM_ACCESS } from '#src/km/km-access.js';
import { CreateWorkAreaArgs } from '#src/km/work-area/dto/create-work-area.args.js';
import { UpdateWorkAreaArgs } from '#src/km/work-area/dto/update-work-area.args.js';
import { WorkAreaDTO } from '#src/km/work-area/dto/work-area.dto.js';
import { WorkAreaFilter } from '#src/km/work-area/dto/work-area-filter.input.js';
import type { WorkAreaEntity } from '#src/km/work-area/work-area.entity.js';
import { WorkAreaService } from '#src/km/work-area/work-area.service.js';
import { WorkAreaStatusDTO } from '#src/km/work-area/work-area-status/dto/work-area-status.dto.js';

@Resolver(() => WorkAreaDTO)
export class WorkAreaResolver extends CrudResolver<WorkAreaEntity>({
  name: 'WorkArea',
  plural: 'WorkAreas',
  dto: WorkAreaDTO,
  filter: WorkAreaFilter,
  createArgs: CreateWorkAreaArgs,
  updateArgs: UpdateWorkAreaArgs,
  access: KM_ACCESS,
}) {
  constructor(protected readonly service: WorkAreaService) {
    super();
  }

  @ResolveField(() => OfficeDTO)
  office(area: WorkAreaEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.officeById.load(area.officeId);
  }

  @ResolveField(() => [WorkAreaStatusDTO], { description: 'Its status quarter by quarter' })
  statuses(area: WorkAreaEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.statusesByWorkArea.load(area.id);
  }
}
