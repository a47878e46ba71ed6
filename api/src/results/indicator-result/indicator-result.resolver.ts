import { ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, Role } from '#src/platform/auth/role.enum.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { IndicatorComponentDTO } from '#src/results/indicator-component/dto/indicator-component.dto.js';
import { CreateIndicatorResultArgs } from '#src/results/indicator-result/dto/create-indicator-result.args.js';
import { IndicatorResultDTO } from '#src/results/indicator-result/dto/indicator-result.dto.js';
import { IndicatorResultFilter } from '#src/results/indicator-result/dto/indicator-result-filter.input.js';
import { UpdateIndicatorResultArgs } from '#src/results/indicator-result/dto/update-indicator-result.args.js';
import type { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';
import { IndicatorResultService } from '#src/results/indicator-result/indicator-result.service.js';
import { OfficeDTO } from '#src/platform/office/dto/office.dto.js';
import { ReportingPeriodDTO } from '#src/platform/reporting-period/dto/reporting-period.dto.js';

@Resolver(() => IndicatorResultDTO)
export class IndicatorResultResolver extends CrudResolver<IndicatorResultEntity>({
  name: 'IndicatorResult',
  plural: 'IndicatorResults',
  dto: IndicatorResultDTO,
  filter: IndicatorResultFilter,
  createArgs: CreateIndicatorResultArgs,
  updateArgs: UpdateIndicatorResultArgs,
  // Programme officers enter results through their progress reports, which are reviewed.
  access: { read: ALL_ROLES, write: [Role.ADMIN, Role.KM_OFFICER] },
}) {
  constructor(protected readonly service: IndicatorResultService) {
    super();
  }

  @ResolveField(() => IndicatorComponentDTO)
  component(result: IndicatorResultEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.componentById.load(result.componentId);
  }

  @ResolveField(() => ReportingPeriodDTO)
  period(result: IndicatorResultEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.periodById.load(result.periodId);
  }

  @ResolveField(() => OfficeDTO)
  office(result: IndicatorResultEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.officeById.load(result.officeId);
  }
}
