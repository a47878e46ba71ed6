import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';

/** An optional id a list can be filtered on, e.g. `outcomeId`. */
export const FilterId = (description?: string) =>
  applyDecorators(
    Field(() => ID, { nullable: true, description }),
    IsOptional(),
    MaxLength(12),
  );
