import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { CommunityStatus } from '#src/km/community-of-practice/community-of-practice.enums.js';

@InputType('CommunityOfPracticeFilter')
export class CommunityOfPracticeFilter extends BaseFilter {
  @FilterId()
  officeId?: string;

  @Field(() => CommunityStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CommunityStatus)
  status?: CommunityStatus;
}
