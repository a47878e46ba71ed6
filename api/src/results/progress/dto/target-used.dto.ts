import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { TargetSource } from '#src/results/target-revision/target-source.enum.js';

/** Which target a figure is measured against (progress/target-in-force.sql.ts). */
@ObjectType({ isAbstract: true })
export abstract class TargetUsedDTO {
  @Field(() => ID, { nullable: true, description: 'The revision in force; none for a sum of offices or no revision' })
  targetRevisionId: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'From when the target used applies' })
  targetAppliesFrom: string | null;

  @Field(() => ID, { nullable: true, description: 'The office whose target is used; none: the region' })
  targetOfficeId: number | null;

  @Field(() => TargetSource, { description: "Whose target is used: the region's, the office's, its offices' sum" })
  targetSource: TargetSource;
}
