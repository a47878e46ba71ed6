import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { WorkAreaProgress } from '#src/km/work-area/work-area-status/work-area-status.enums.js';

@ObjectType('WorkAreaStatus')
export class WorkAreaStatusDTO extends TimestampedDTO {
  @Field(() => ID)
  workAreaId: number;

  @Field(() => ID, { description: 'A quarter' })
  periodId: number;

  @Field(() => WorkAreaProgress)
  status: WorkAreaProgress;

  @Field(() => String, { nullable: true })
  note: string | null;
}
