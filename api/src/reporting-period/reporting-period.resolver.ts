import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import { CreateReportingPeriodArgs } from '#src/reporting-period/dto/create-reporting-period.args.js';
import { ReportingPeriodDTO } from '#src/reporting-period/dto/reporting-period.dto.js';
import { ReportingPeriodFilter } from '#src/reporting-period/dto/reporting-period-filter.input.js';
import { UpdateReportingPeriodArgs } from '#src/reporting-period/dto/update-reporting-period.args.js';
import type { ReportingPeriodEntity } from '#src/reporting-period/reporting-period.entity.js';
import { PeriodStatus } from '#src/reporting-period/reporting-period.enums.js';
import { ReportingPeriodService } from '#src/reporting-period/reporting-period.service.js';

@Resolver(() => ReportingPeriodDTO)
export class ReportingPeriodResolver extends CrudResolver<ReportingPeriodEntity>({
  name: 'ReportingPeriod',
  plural: 'ReportingPeriods',
  dto: ReportingPeriodDTO,
  filter: ReportingPeriodFilter,
  createArgs: CreateReportingPeriodArgs,
  updateArgs: UpdateReportingPeriodArgs,
}) {
  constructor(protected readonly service: ReportingPeriodService) {
    super();
  }

  @Mutation(() => ReportingPeriodDTO, { description: 'Results can be entered again' })
  openReportingPeriod(@Args('id', { type: () => ID }) id: string) {
    return this.service.changeStatus(id, PeriodStatus.OPEN);
  }

  @Mutation(() => ReportingPeriodDTO, { description: 'Only returned reports can be resubmitted' })
  closeReportingPeriod(@Args('id', { type: () => ID }) id: string) {
    return this.service.changeStatus(id, PeriodStatus.CLOSED);
  }

  @Mutation(() => ReportingPeriodDTO, { description: 'Nothing can be created, edited or submitted' })
  lockReportingPeriod(@Args('id', { type: () => ID }) id: string) {
    return this.service.changeStatus(id, PeriodStatus.LOCKED);
  }
}
