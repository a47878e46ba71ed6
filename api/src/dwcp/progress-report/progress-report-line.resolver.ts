import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { PlanItemDTO } from '#src/dwcp/plan-item/dto/plan-item.dto.js';
import { ProgressReportLineDTO } from '#src/dwcp/progress-report/dto/progress-report-line.dto.js';
import type { ProgressReportLineEntity } from '#src/dwcp/progress-report/progress-report-line.entity.js';

@Resolver(() => ProgressReportLineDTO)
export class ProgressReportLineResolver {
  // A line's item belongs to the report's programme, which the caller could already read.
  @ResolveField(() => PlanItemDTO)
  planItem(line: ProgressReportLineEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.planItemById.load(line.planItemId);
  }
}
