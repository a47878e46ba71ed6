import { ResolveField, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { KM_ACCESS } from '#src/km/km-access.js';
import { ReportingPeriodDTO } from '#src/platform/reporting-period/dto/reporting-period.dto.js';
import { WorkAreaDTO } from '#src/km/work-area/dto/work-area.dto.js';
import { CreateWorkAreaStatusArgs } from '#src/km/work-area/work-area-status/dto/create-work-area-status.args.js';
import { UpdateWorkAreaStatusArgs } from '#src/km/work-area/work-area-status/dto/update-work-area-status.args.js';
import { WorkAreaStatusDTO } from '#src/km/work-area/work-area-status/dto/work-area-status.dto.js';
import { WorkAreaStatusFilter } from '#src/km/work-area/work-area-status/dto/work-area-status-filter.input.js';
import type { WorkAreaStatusEntity } from '#src/km/work-area/work-area-status/work-area-status.entity.js';
import { WorkAreaStatusService } from '#src/km/work-area/work-area-status/work-area-status.service.js';

@Resolver(() => WorkAreaStatusDTO)
export class WorkAreaStatusResolver extends CrudResolver<WorkAreaStatusEntity>({
  name: 'WorkAreaStatus',
  plural: 'WorkAreaStatuses',
  dto: WorkAreaStatusDTO,
  filter: WorkAreaStatusFilter,
  createArgs: CreateWorkAreaStatusArgs,
  updateArgs: UpdateWorkAreaStatusArgs,
  access: KM_ACCESS,
}) {
  constructor(protected readonly service: WorkAreaStatusService) {
    super();
  }

  @ResolveField(() => WorkAreaDTO)
  workArea(status: WorkAreaStatusEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.workAreaById.load(status.workAreaId);
  }

  @ResolveField(() => ReportingPeriodDTO)
  period(status: WorkAreaStatusEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.periodById.load(status.periodId);
  }
}
