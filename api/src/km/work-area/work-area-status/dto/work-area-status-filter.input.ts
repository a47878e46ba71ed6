import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { WorkAreaProgress } from '#src/km/work-area/work-area-status/work-area-status.enums.js';

@InputType('WorkAreaStatusFilter')
export class WorkAreaStatusFilter extends BaseFilter {
  @FilterId()
  workAreaId?: string;

  @FilterId()
  periodId?: string;

  @Field(() => WorkAreaProgress, { nullable: true })
  @IsOptional()
  @IsEnum(WorkAreaProgress)
  status?: WorkAreaProgress;
}
