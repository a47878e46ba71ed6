import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { FundingSource } from '#src/dwcp/plan-item/plan-item.enums.js';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

@ObjectType('ProgrammeBudget', {
  description: "A year's budget and expenditure to date for one funding source, over the plan's activities",
})
export class ProgrammeBudgetDTO {
  @Field(() => Int)
  year: number;

  @Field(() => ReportStatus, { description: "The year's plan status" })
  planStatus: ReportStatus;

  @Field(() => FundingSource)
  fundingSource: FundingSource;

  @Field(() => Float, { description: 'US$' })
  budgetUsd: number;

  @Field(() => Float, { description: 'US$ spent to date' })
  expenditureUsd: number;
}
