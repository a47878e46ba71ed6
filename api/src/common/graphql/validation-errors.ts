import { GraphQLError, parse, visit, type ASTNode, type GraphQLFormattedError } from 'graphql';

// graphql-js refuses a literal of the wrong type ("ID cannot represent ... 1.5") as a validation error
// that names the value, not the argument. It is the client's input that is wrong: answer it as every
// other input mistake, BAD_USER_INPUT with the argument path in extensions.fields.
const WRONG_LITERAL = [
  /cannot represent/,
  /^Expected value of type /,
  /^Field "[^"]+" of required type "[^"]+" was not provided\.$/,
  /^Field "[^"]+" is not defined by type "[^"]+"\./,
  /^Enum "[^"]+" cannot represent/,
];

const SUGGESTION = / Did you mean [^?]*\?/;

/** The argument path (`filter.ids`) of the literal that starts at `offset` in the query text. */
function argumentPathAt(query: string, offset: number): string | undefined {
  const path: string[] = [];
  let found: string | undefined;
  const within = (node: ASTNode) => node.loc !== undefined && node.loc.start <= offset && offset < node.loc.end;
  visit(parse(query), {
    Argument: {
      enter: (node) => (within(node) ? void path.push(node.name.value) : false),
      leave: (node) => void (within(node) && path.pop()),
    },
    ObjectField: {
      enter: (node) => (within(node) ? void path.push(node.name.value) : false),
      leave: (node) => void (within(node) && path.pop()),
    },
    enter(node) {
      if (found === undefined && path.length > 0 && node.loc?.start === offset) found = path.join('.');
    },
  });
  return found;
}

/**
 * The error as the client should read it: a literal of the wrong type as BAD_USER_INPUT naming its
 * argument, and, where the schema is not open to introspection, without "Did you mean ...?" hints
 * that would reveal it field by field.
 */
export function clientErrorOf(
  formatted: GraphQLFormattedError,
  error: unknown,
  schemaHints: boolean,
): GraphQLFormattedError {
  const message = schemaHints ? formatted.message : formatted.message.replace(SUGGESTION, '');
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !WRONG_LITERAL.some((re) => re.test(message))) {
    return message === formatted.message ? formatted : { ...formatted, message };
  }
  const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  let field: string | undefined;
  try {
    field = node?.loc ? argumentPathAt(node.loc.source.body, node.loc.start) : undefined;
  } catch {
    field = undefined;
  }
  const named = field ?? 'query';
  return {
    message: `${named}: ${message}`,
    locations: formatted.locations,
    extensions: { code: 'BAD_USER_INPUT', fields: [{ field: named, message }] },
  };
}
