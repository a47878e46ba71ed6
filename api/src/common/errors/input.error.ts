import { GraphQLError } from 'graphql';

export interface FieldProblem {
  /** Argument path as the client sent it, e.g. `code` or `disaggregations[1].value`. */
  field: string;
  message: string;
}

/** Bad input: names every offending field with the reason. Nothing was written. */
export class InputError extends GraphQLError {
  readonly problems: FieldProblem[];

  constructor(problems: FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '), {
      extensions: { code: 'BAD_USER_INPUT', fields: problems },
    });
    this.problems = problems;
  }

  static field(field: string, message: string): InputError {
    return new InputError([{ field, message }]);
  }
}
