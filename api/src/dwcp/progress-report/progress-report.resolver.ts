import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import { CountryProgrammeDTO } from '#src/dwcp/country-programme/dto/country-programme.dto.js';
import { DWCP_ACCESS } from '#src/dwcp/dwcp-access.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { IndicatorComponentDTO } from '#src/results/indicator-component/dto/indicator-component.dto.js';
import { IndicatorResultDTO } from '#src/results/indicator-result/dto/indicator-result.dto.js';
import { CreateProgressReportArgs } from '#src/dwcp/progress-report/dto/create-progress-report.args.js';
import { ProgressReportFilter } from '#src/dwcp/progress-report/dto/progress-report-filter.input.js';
import { ReturnProgressReportArgs } from '#src/dwcp/progress-report/dto/return-progress-report.args.js';
import { SubmitProgressReportArgs } from '#src/dwcp/progress-report/dto/submit-progress-report.args.js';
import { UpdateProgressReportArgs } from '#src/dwcp/progress-report/dto/update-progress-report.args.js';
import { ProgressReportDTO } from '#src/dwcp/progress-report/dto/progress-report.dto.js';
import { ProgressReportLineDTO } from '#src/dwcp/progress-report/dto/progress-report-line.dto.js';
import { ReportChangeDTO } from '#src/dwcp/progress-report/dto/report-change.dto.js';
import type { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';
import { ProgressReportService } from '#src/dwcp/progress-report/progress-report.service.js';
import { ReportWorkflowService } from '#src/dwcp/progress-report/report-workflow.service.js';
import { ReportingPeriodDTO } from '#src/platform/reporting-period/dto/reporting-period.dto.js';

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

@Resolver(() => ProgressReportDTO)
export class ProgressReportResolver extends CrudResolver<ProgressReportEntity>({
  name: 'ProgressReport',
  plural: 'ProgressReports',
  dto: ProgressReportDTO,
  filter: ProgressReportFilter,
  createArgs: CreateProgressReportArgs,
  updateArgs: UpdateProgressReportArgs,
  access: DWCP_ACCESS,
}) {
  constructor(
    protected readonly service: ProgressReportService,
    private readonly workflow: ReportWorkflowService,
  ) {
    super();
  }

  @Allow(...DWCP_ACCESS.write)
  @Mutation(() => ProgressReportDTO, {
    description: 'DRAFT or RETURNED -> SUBMITTED; the same version twice does nothing twice',
  })
  submitProgressReport(@CurrentActor() actor: Actor, @Args() { id, version }: SubmitProgressReportArgs) {
    return this.workflow.submit(actor, id, version);
  }

  @Allow(Role.REGIONAL_MANAGER)
  @Mutation(() => ProgressReportDTO, { description: 'SUBMITTED -> APPROVED: read-only from then on' })
  approveProgressReport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.workflow.approve(actor, id);
  }

  @Allow(Role.REGIONAL_MANAGER)
  @Mutation(() => ProgressReportDTO, {
    description: 'SUBMITTED -> RETURNED, with a reason, flagged plan item lines and flagged result lines',
  })
  returnProgressReport(
    @CurrentActor() actor: Actor,
    @Args() { id, reason, lineComments, resultComments }: ReturnProgressReportArgs,
  ) {
    return this.workflow.return(actor, id, reason, { lines: lineComments ?? [], results: resultComments ?? [] });
  }

  @ResolveField(() => [ProgressReportLineDTO])
  lines(report: ProgressReportEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.linesByReport.load(report.id);
  }

  @ResolveField(() => [IndicatorResultDTO])
  results(report: ProgressReportEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.resultsByReport.load(report.id);
  }

  @ResolveField(() => [IndicatorComponentDTO], {
    description: 'The components its plan items contribute to, and any it carries a result for',
  })
  dueComponents(report: ProgressReportEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.dueComponentsByReport.load(report.id);
  }

  @ResolveField(() => CountryProgrammeDTO)
  async programme(report: ProgressReportEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.programmeById.load(report.programmeId);
  }

  @ResolveField(() => ReportingPeriodDTO)
  period(report: ProgressReportEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.periodById.load(report.periodId);
  }

  @ResolveField(() => [ReportChangeDTO], { description: 'What changed since the report was last returned' })
  async changesSinceReturn(report: ProgressReportEntity): Promise<ReportChangeDTO[]> {
    const changes = await this.workflow.changesSinceReturn(report);
    return changes.map((change) => ({ field: change.field, before: json(change.before), after: json(change.after) }));
  }
}
