import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { AppConfigService } from '#src/platform/config/app-config.service.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import type { ListBounds } from '#src/common/graphql/list-bounds.js';
import { queryLimitsPlugin } from '#src/common/graphql/query-limits.plugin.js';
import { undeclaredInputFieldsPlugin } from '#src/common/graphql/undeclared-input-fields.plugin.js';
import { clientErrorOf } from '#src/common/graphql/validation-errors.js';

const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // Not the client's mistake, but theirs to know: the database is down, retry later.
  'SERVICE_UNAVAILABLE',
]);

/**
 * Clients see their own mistakes in full (a wrong literal as BAD_USER_INPUT naming its argument; no
 * schema hints where introspection is off); unexpected failures only as a generic message in production.
 */
function formatError(isProduction: boolean, schemaHints: boolean) {
  return (shown: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = clientErrorOf(shown, error, schemaHints);
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (CLIENT_ERROR_CODES.has(code) || !isProduction) return formatted;
    // GraphQLExceptionFilter has logged it; the client learns nothing of the internals.
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** `createLoaders` gives each request its own DataLoaders (app.loaders.ts gathers every domain's). */
export function graphqlOptions(
  config: AppConfigService,
  createLoaders: () => GraphQLContext['loaders'],
  listBounds: ListBounds,
): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: config.graphiqlEnabled,
    introspection: config.introspectionEnabled,
    // The cheapest refusal of an oversized document (hundreds of aliases): stop parsing it.
    parseOptions: { maxTokens: config.get('GRAPHQL_MAX_TOKENS') },
    includeStacktraceInErrorResponses: !config.isProduction,
    formatError: formatError(config.isProduction, config.introspectionEnabled),
    // Errors that carry an HTTP status (SERVICE_UNAVAILABLE: 503) keep it, rather than Nest's reset to 200.
    preserveHttpStatusForExecutionErrors: false,
    context: ({ req }: { req: Request }): GraphQLContext => ({ req, loaders: createLoaders() }),
    plugins: [
      // First: the others see the variables without the fields no input declares.
      undeclaredInputFieldsPlugin(),
      queryLimitsPlugin(config.get('GRAPHQL_MAX_DEPTH'), config.get('GRAPHQL_MAX_COMPLEXITY'), listBounds),
      // No HTTP caching of GraphQL answers; the default plugin wraps every field resolver to
      // compute cache hints nobody reads, which cost a tenth of a large answer's time.
      ApolloServerPluginCacheControlDisabled(),
    ],
  };
}
