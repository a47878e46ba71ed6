import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { FundingSource, PlanItemKind } from '#src/dwcp/plan-item/plan-item.enums.js';

@ObjectType('PlanItem')
export class PlanItemDTO extends TimestampedDTO {
  @Field(() => ID)
  planId: number;

  @Field(() => ID, { nullable: true, description: 'The output an activity sits under' })
  parentId: number | null;

  @Field(() => ID, { nullable: true })
  programmeOutcomeId: number | null;

  @Field(() => PlanItemKind)
  kind: PlanItemKind;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  responsible: string | null;

  @Field(() => ID)
  startPeriodId: number;

  @Field(() => ID)
  endPeriodId: number;

  @Field(() => FundingSource)
  fundingSource: FundingSource;

  @Field(() => Float, { nullable: true, description: 'US$' })
  budgetUsd: number | null;

  @Field(() => Float, { nullable: true, description: 'Spent to date, US$: at most the budget' })
  expenditureUsd: number | null;

  @Field(() => [ID], { description: 'Indicator components the item contributes to' })
  componentIds: number[];

  @Field({ description: 'Carries knowledge-sharing elements (indicator 3.2)' })
  knowledgeSharing: boolean;
}
