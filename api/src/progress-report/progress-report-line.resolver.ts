import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '#src/dataloader/graphql-context.js';
import { PlanItemDTO } from '#src/plan-item/dto/plan-item.dto.js';
import { ProgressReportLineDTO } from '#src/progress-report/dto/progress-report.dto.js';
import type { ProgressReportLineEntity } from '#src/progress-report/progress-report-line.entity.js';

@Resolver(() => ProgressReportLineDTO)
export class ProgressReportLineResolver {
  // A line's item belongs to the report's programme, which the caller could already read.
  @ResolveField(() => PlanItemDTO)
  planItem(line: ProgressReportLineEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.planItemById.load(line.planItemId);
  }
}
