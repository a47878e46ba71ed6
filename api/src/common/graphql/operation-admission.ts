import {
  getVariableValues,
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { InputError, type FieldProblem } from '#src/common/errors/input.error.js';

// What a request must be before anything of it runs: one operation to run, variables of the declared
// types, and text that can be stored. Each refusal is BAD_USER_INPUT (HTTP 400) naming the variable
// (by its name, as argument paths are) or argument, so that a client's mistake never reaches a resolver or the database as a 500.

/**
 * InputError's answer (BAD_USER_INPUT, extensions.fields) with HTTP 400: refused before execution,
 * Apollo would otherwise answer a thrown error with 500.
 */
export function badRequest(problems: FieldProblem[]): GraphQLError {
  const input = new InputError(problems);
  return new GraphQLError(input.message, { extensions: { ...input.extensions, http: { status: 400 } } });
}

/** The operation the request runs, or a refusal that says how to name it. */
export function operationToRun(document: DocumentNode, operationName: string | null | undefined) {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const names = operations.map((operation) => operation.name?.value ?? '(anonymous)').join(', ');
  if (operationName) {
    const named = operations.find((operation) => operation.name?.value === operationName);
    if (named) return named;
    throw badRequest([
      { field: 'operationName', message: `the document has no operation "${operationName}" (it has ${names})` },
    ]);
  }
  if (operations.length === 1) return operations[0]!;
  throw badRequest([
    {
      field: 'operationName',
      message: `the document has ${operations.length} operations (${names}): name the one to run in operationName`,
    },
  ]);
}

/** Refuses variables that do not fit their declared types, naming each wrong one. */
export function assertVariableTypes(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): void {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 20 });
  if (!result.errors) return;
  throw badRequest(
    result.errors.map((error) => ({
      field: /Variable "\$([A-Za-z_0-9]+)"/.exec(error.message)?.[1] ?? 'variables',
      message: error.message.replace(/^Variable "\$[A-Za-z_0-9]+" /, ''),
    })),
  );
}

// U+0000 cannot be stored in PostgreSQL text; a lone surrogate half is not a character at all (the
// driver would turn it into U+FFFD, storing something nobody typed).
// eslint-disable-next-line no-control-regex -- finding U+0000 is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const unstorableReason = (text: string) =>
  text.includes('\u0000')
    ? 'contains a NUL character (U+0000), which cannot be stored: remove it'
    : 'contains half of a character (a lone UTF-16 surrogate): send the text as valid Unicode';

/** Every text in the variables, at any depth, that could not be stored as it was sent. */
function unstorableVariables(value: unknown, path: string, problems: FieldProblem[]): void {
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) problems.push({ field: path, message: unstorableReason(value) });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorableVariables(item, `${path}[${index}]`, problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) problems.push({ field: `${path}.${key}`, message: unstorableReason(key) });
      unstorableVariables(item, `${path}.${key}`, problems);
    }
  }
}

/** Every string literal of the document that could not be stored, named by its argument path. */
function unstorableLiterals(document: DocumentNode, problems: FieldProblem[]): void {
  const path: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    StringValue(node) {
      if (UNSTORABLE.test(node.value)) {
        problems.push({ field: path.join('.') || 'query', message: unstorableReason(node.value) });
      }
    },
  });
}

/** Refuses text, in variables or literals, that the database would refuse or silently change. */
export function assertStorableText(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const problems: FieldProblem[] = [];
  for (const [name, value] of Object.entries(variables ?? {})) unstorableVariables(value, name, problems);
  unstorableLiterals(document, problems);
  if (problems.length > 0) throw badRequest(problems);
}
