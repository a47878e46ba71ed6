import { ValidationPipe, type Type } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { InputError, type FieldProblem } from '#src/common/errors/input.error.js';

function problemsOf(error: ValidationError, parentPath: string): FieldProblem[] {
  const isIndex = /^\d+$/.test(error.property);
  const path = !parentPath
    ? error.property
    : isIndex
      ? `${parentPath}[${error.property}]`
      : `${parentPath}.${error.property}`;
  const own = Object.values(error.constraints ?? {}).map((message) => ({
    field: path,
    // class-validator's own messages start with the property name; the field already says it.
    message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
  }));
  return [...own, ...(error.children ?? []).flatMap((child) => problemsOf(child, path))];
}

export const toInputError = (errors: ValidationError[], parentPath = ''): InputError =>
  new InputError(errors.flatMap((error) => problemsOf(error, parentPath)));

/** Validates GraphQL arguments against their class; `expectedType` for generic resolvers. */
export function argsValidationPipe(expectedType?: Type<unknown>, parentPath = ''): ValidationPipe {
  return new ValidationPipe({
    expectedType,
    transform: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => toInputError(errors, parentPath),
  });
}
