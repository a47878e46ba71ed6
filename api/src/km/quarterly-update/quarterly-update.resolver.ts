import { ResolveField, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import { CriticalIssueDTO } from '#src/km/quarterly-update/critical-issue/dto/critical-issue.dto.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { KeyContactDTO } from '#src/km/quarterly-update/key-contact/dto/key-contact.dto.js';
import { KmMilestoneDTO } from '#src/km/km-milestone/dto/km-milestone.dto.js';
import { OfficeDTO } from '#src/platform/office/dto/office.dto.js';
import { CreateQuarterlyUpdateArgs } from '#src/km/quarterly-update/dto/create-quarterly-update.args.js';
import { UpdateQuarterlyUpdateArgs } from '#src/km/quarterly-update/dto/update-quarterly-update.args.js';
import { QuarterlyUpdateDTO } from '#src/km/quarterly-update/dto/quarterly-update.dto.js';
import { QuarterlyUpdateFilter } from '#src/km/quarterly-update/dto/quarterly-update-filter.input.js';
import { KM_ACCESS } from '#src/km/km-access.js';
import type { QuarterlyUpdateEntity } from '#src/km/quarterly-update/quarterly-update.entity.js';
import { QuarterlyUpdateService } from '#src/km/quarterly-update/quarterly-update.service.js';
import { ReportingPeriodDTO } from '#src/platform/reporting-period/dto/reporting-period.dto.js';
import { WorkAreaStatusDTO } from '#src/km/work-area/work-area-status/dto/work-area-status.dto.js';

// Everything below hangs from an update the caller could already read, and belongs to its office.
@Resolver(() => QuarterlyUpdateDTO)
export class QuarterlyUpdateResolver extends CrudResolver<QuarterlyUpdateEntity>({
  name: 'QuarterlyUpdate',
  plural: 'QuarterlyUpdates',
  dto: QuarterlyUpdateDTO,
  filter: QuarterlyUpdateFilter,
  createArgs: CreateQuarterlyUpdateArgs,
  updateArgs: UpdateQuarterlyUpdateArgs,
  access: KM_ACCESS,
}) {
  constructor(protected readonly service: QuarterlyUpdateService) {
    super();
  }

  @ResolveField(() => OfficeDTO)
  office(update: QuarterlyUpdateEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.officeById.load(update.officeId);
  }

  @ResolveField(() => ReportingPeriodDTO)
  period(update: QuarterlyUpdateEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.periodById.load(update.periodId);
  }

  @ResolveField(() => [KmMilestoneDTO], {
    description: "The office's milestones reached within the quarter (ended, or on their single day), by date",
  })
  milestones(update: QuarterlyUpdateEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.milestonesByUpdate.load(update.id);
  }

  @ResolveField(() => [WorkAreaStatusDTO], {
    description: "Work in progress: the quarter's status of each of the office's work areas, by area number",
  })
  workAreaStatuses(update: QuarterlyUpdateEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.workAreaStatusesByUpdate.load(update.id);
  }

  @ResolveField(() => [CriticalIssueDTO])
  criticalIssues(update: QuarterlyUpdateEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.criticalIssuesByUpdate.load(update.id);
  }

  @ResolveField(() => [KeyContactDTO])
  keyContacts(update: QuarterlyUpdateEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.keyContactsByUpdate.load(update.id);
  }
}
