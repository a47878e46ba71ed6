import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateIf } from 'class-validator';

const notBlank = Matches(/\S/, { message: 'must not be blank' });
const maxLength = (max: number) => MaxLength(max, { message: `must be at most ${max} characters long` });
const isText = IsString({ message: 'must be text' });

/** A required, non-blank string of at most `max` characters. */
export const RequiredText = (max: number) => applyDecorators(isText, notBlank, maxLength(max));

/** Marks the arguments of an updateX mutation (crud/update-args.ts), for the rules that differ on update. */
export const UPDATE_ARGS = Symbol('updateArgs');

const isUpdateArgs = (args: object): boolean => (args.constructor as { [UPDATE_ARGS]?: boolean })[UPDATE_ARGS] === true;

/** May be left out, or null to clear it (on update); the validators run on any other value. */
export const Clearable = () => IsOptional();

/**
 * May be left out, and the service gives a default (a position, a status, an empty list); on create
 * null means the default too, on update null is refused like any other value the validators refuse.
 */
export const Defaulted = () =>
  ValidateIf((args: object, value: unknown) => value !== undefined && (value !== null || isUpdateArgs(args)));

/** An optional string that may be cleared with null. */
export const NullableText = (max: number) => applyDecorators(Clearable(), isText, maxLength(max));

const idPattern = Matches(/^\d{1,10}$/, { message: 'must be an id' });

export const RequiredId = () => applyDecorators(isText, idPattern);
export const NullableId = () => applyDecorators(Clearable(), isText, idPattern);

/** A list of ids, e.g. officeIds or componentIds. */
export const IdList = (max = 50) =>
  applyDecorators(
    ArrayMaxSize(max, { message: `must list at most ${max} ids` }),
    Matches(/^\d{1,10}$/, { each: true, message: 'must be a list of ids' }),
  );

/** A web address a reader can open: http:// or https://. */
export const WebAddress = () =>
  IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'must be a web address starting with http:// or https://' },
  );
