import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 1000;

/** Paging as ra-data-graphql-simple sends it (page is 0-based; without perPage, MAX_PAGE_SIZE rows). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  page?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  perPage?: number;
}

/** Paging and sorting as ra-data-graphql-simple sends them. */
@ArgsType()
export class ListArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[A-Za-z][A-Za-z0-9_.]*$/, { message: 'must be a field name' })
  sortField?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['ASC', 'DESC', 'asc', 'desc'])
  sortOrder?: string;
}
