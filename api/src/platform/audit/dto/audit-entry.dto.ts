import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('FieldChange')
export class FieldChangeDTO {
  @Field()
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON' })
  after: string | null;
}

@ObjectType('AuditEntry')
export class AuditEntryDTO {
  @Field(() => ID)
  id: number;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => ID, { nullable: true })
  userId: number | null;

  @Field(() => String, { nullable: true })
  userEmail: string | null;

  @Field()
  entityType: string;

  @Field(() => ID)
  entityId: number;

  @Field()
  action: string;

  @Field(() => AuditPath)
  via: AuditPath;

  @Field(() => String, { nullable: true, description: 'Why, for steps that need a reason (an unlock)' })
  reason: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The report this line or result belongs to, in a report's trail: ProgressReport",
  })
  parentType: string | null;

  @Field(() => ID, { nullable: true })
  parentId: number | null;

  @Field(() => [FieldChangeDTO])
  changes: FieldChangeDTO[];
}
