import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { DWCP_ACCESS } from '#src/dwcp/dwcp-access.js';
import { ReportingTaskDTO } from '#src/dwcp/reporting-task/dto/reporting-task.dto.js';
import { ReportingTaskService } from '#src/dwcp/reporting-task/reporting-task.service.js';

@Resolver(() => ReportingTaskDTO)
export class ReportingTaskResolver {
  constructor(private readonly tasks: ReportingTaskService) {}

  @Allow(...DWCP_ACCESS.write)
  @Query(() => [ReportingTaskDTO], {
    description: "For each programme of the signed-in user's offices: the quarter to report on now",
  })
  myReportingTasks(@CurrentActor() actor: Actor): Promise<ReportingTaskDTO[]> {
    return this.tasks.tasksFor(actor);
  }
}
