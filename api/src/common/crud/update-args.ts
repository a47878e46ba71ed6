import type { Type } from '@nestjs/common';
import { ArgsType, Field, ID, OmitType, PartialType } from '@nestjs/graphql';
import { RequiredId, UPDATE_ARGS } from '#src/common/validation/field.decorators.js';

/**
 * The arguments of updateX, derived from those of createX so that no field is declared twice: the
 * record's `id`, then every field of `create` but the `fixed` ones (a record's parent, which never
 * changes), each optional. A field left out keeps its value; null clears a `Clearable` (or
 * Nullable...) field and is refused for the others, with the same validators as on create.
 */
export function UpdateArgs<T, K extends keyof T = never>(create: Type<T>, fixed: readonly K[] = []) {
  const changeable = PartialType(OmitType(create, fixed, ArgsType), {
    decorator: ArgsType,
    // createX's defaults (knowledgeSharing: false...) must not overwrite what an update leaves out.
    omitDefaultValues: true,
    // Left out means unchanged; null still goes through the validators, which refuse it unless clearable.
    skipNullProperties: false,
  });

  @ArgsType()
  abstract class UpdateArgsBase extends (changeable as Type<object>) {
    static readonly [UPDATE_ARGS] = true;

    @Field(() => ID)
    @RequiredId()
    id: string;
  }
  return UpdateArgsBase as unknown as Type<Partial<Omit<T, K>> & { id: string }>;
}
