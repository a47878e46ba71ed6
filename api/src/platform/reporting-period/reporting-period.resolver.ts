import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { ALL_ROLES, Role } from '#src/platform/auth/role.enum.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import { ChangePeriodStatusArgs } from '#src/platform/reporting-period/dto/change-period-status.args.js';
import { CreateReportingPeriodArgs } from '#src/platform/reporting-period/dto/create-reporting-period.args.js';
import { ReportingPeriodDTO } from '#src/platform/reporting-period/dto/reporting-period.dto.js';
import { ReportingPeriodFilter } from '#src/platform/reporting-period/dto/reporting-period-filter.input.js';
import { UpdateReportingPeriodArgs } from '#src/platform/reporting-period/dto/update-reporting-period.args.js';
import type { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';
import { ReportingPeriodService } from '#src/platform/reporting-period/reporting-period.service.js';

@Resolver(() => ReportingPeriodDTO)
export class ReportingPeriodResolver extends CrudResolver<ReportingPeriodEntity>({
  name: 'ReportingPeriod',
  plural: 'ReportingPeriods',
  dto: ReportingPeriodDTO,
  filter: ReportingPeriodFilter,
  createArgs: CreateReportingPeriodArgs,
  updateArgs: UpdateReportingPeriodArgs,
  access: { read: ALL_ROLES, write: [Role.ADMIN] },
}) {
  constructor(protected readonly service: ReportingPeriodService) {
    super();
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ReportingPeriodDTO, {
    description: 'Results can be entered again; from LOCKED, only with a reason (audited and notified)',
  })
  openReportingPeriod(@CurrentActor() actor: Actor, @Args() { id, reason }: ChangePeriodStatusArgs) {
    return this.service.changeStatus(actor, id, PeriodStatus.OPEN, reason);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ReportingPeriodDTO, {
    description: 'Only returned reports can be resubmitted; from LOCKED, only with a reason (audited and notified)',
  })
  closeReportingPeriod(@CurrentActor() actor: Actor, @Args() { id, reason }: ChangePeriodStatusArgs) {
    return this.service.changeStatus(actor, id, PeriodStatus.CLOSED, reason);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ReportingPeriodDTO, { description: 'Nothing can be created, edited or submitted' })
  lockReportingPeriod(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.changeStatus(actor, id, PeriodStatus.LOCKED);
  }
}
