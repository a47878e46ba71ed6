import { describe, expect, it } from '@jest/globals';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, Min } from 'class-validator';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import type { InputError } from '#src/common/errors/input.error.js';
import {
  Clearable,
  Defaulted,
  NullableText,
  RequiredId,
  RequiredText,
} from '#src/common/validation/field.decorators.js';
import { argsValidationPipe } from '#src/common/validation/validation.pipe.js';

@ArgsType()
class CreateThingArgs {
  @Field(() => ID)
  @RequiredId()
  parentId: string;

  @Field()
  @RequiredText(20)
  title: string;

  @Field(() => String, { nullable: true })
  @NullableText(50)
  note?: string | null;

  @Field(() => Int, { nullable: true })
  @Clearable()
  @IsInt()
  @Min(0)
  reach?: number | null;

  @Field({ nullable: true, defaultValue: false })
  @Defaulted()
  @IsBoolean()
  shared?: boolean;
}

@ArgsType()
class UpdateThingArgs extends UpdateArgs(CreateThingArgs, ['parentId']) {}

const check = (type: new () => object, args: Record<string, unknown>) =>
  argsValidationPipe(type).transform(args, { type: 'body', metatype: type });

const fieldsRefused = async (type: new () => object, args: Record<string, unknown>) => {
  try {
    await check(type, args);
    return [];
  } catch (error) {
    return [...new Set((error as InputError).problems.map((problem) => problem.field))];
  }
};

describe('UpdateArgs: the arguments of updateX derived from createX', () => {
  it('takes the id and any subset of the fields, each checked as on create', async () => {
    expect(await fieldsRefused(UpdateThingArgs, { id: '4' })).toEqual([]);
    expect(await fieldsRefused(UpdateThingArgs, { id: '4', title: 'New', reach: 3, shared: true })).toEqual([]);
    expect(await fieldsRefused(UpdateThingArgs, { id: '4', title: ' ', reach: -1, note: 'x'.repeat(51) })).toEqual([
      'title',
      'note',
      'reach',
    ]);
    expect(await fieldsRefused(UpdateThingArgs, { title: 'New' })).toEqual(['id']);
  });

  it('refuses null for a required or defaulted field, and clears a clearable one with it', async () => {
    expect(await fieldsRefused(UpdateThingArgs, { id: '4', title: null, shared: null })).toEqual(['title', 'shared']);
    expect(await fieldsRefused(UpdateThingArgs, { id: '4', note: null, reach: null })).toEqual([]);
  });

  it('checks nothing of the fixed fields, and does not fill in createX defaults', async () => {
    expect(await fieldsRefused(CreateThingArgs, { parentId: 'x', title: 'A' })).toEqual(['parentId']);
    expect(await fieldsRefused(UpdateThingArgs, { id: '4', parentId: 'x' })).toEqual([]);
    const args = (await check(UpdateThingArgs, { id: '4' })) as Record<string, unknown>;
    expect(args).toBeInstanceOf(UpdateThingArgs);
    expect(args.shared).toBeUndefined();
  });

  it('keeps createX as it was: defaulted fields take null as their default there', async () => {
    expect(await fieldsRefused(CreateThingArgs, { parentId: '1', title: 'A', shared: null, reach: null })).toEqual([]);
    expect(await fieldsRefused(CreateThingArgs, { parentId: '1' })).toEqual(['title']);
  });
});
