import { Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { CriticalIssueEntity } from '#src/km/quarterly-update/critical-issue/critical-issue.entity.js';
import { CriticalIssueService } from '#src/km/quarterly-update/critical-issue/critical-issue.service.js';
import { CreateCriticalIssueArgs } from '#src/km/quarterly-update/critical-issue/dto/create-critical-issue.args.js';
import { UpdateCriticalIssueArgs } from '#src/km/quarterly-update/critical-issue/dto/update-critical-issue.args.js';
import { CriticalIssueDTO } from '#src/km/quarterly-update/critical-issue/dto/critical-issue.dto.js';
import { CriticalIssueFilter } from '#src/km/quarterly-update/critical-issue/dto/critical-issue-filter.input.js';
import { KM_ACCESS } from '#src/km/km-access.js';

@Resolver(() => CriticalIssueDTO)
export class CriticalIssueResolver extends CrudResolver<CriticalIssueEntity>({
  name: 'CriticalIssue',
  plural: 'CriticalIssues',
  dto: CriticalIssueDTO,
  filter: CriticalIssueFilter,
  createArgs: CreateCriticalIssueArgs,
  updateArgs: UpdateCriticalIssueArgs,
  access: KM_ACCESS,
}) {
  constructor(protected readonly service: CriticalIssueService) {
    super();
  }
}
