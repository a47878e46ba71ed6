import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { MAX_PAGE_SIZE } from '#src/common/crud/list-args.js';

/** Filters every list accepts: full-text `q`, one `id`, or many `ids` (react-admin's getMany). */
@InputType({ isAbstract: true })
export abstract class BaseFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @FilterId()
  id?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_PAGE_SIZE)
  ids?: string[];
}
