import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { graphqlOptions } from '#src/common/graphql/graphql.options.js';
import type { ListBounds } from '#src/common/graphql/list-bounds.js';
import type { AppConfigService } from '#src/platform/config/app-config.service.js';

const configFor = (production: boolean) =>
  ({
    isProduction: production,
    graphiqlEnabled: !production,
    introspectionEnabled: !production,
    get: (key: string) => ({ GRAPHQL_MAX_DEPTH: 10, GRAPHQL_MAX_COMPLEXITY: 100_000, GRAPHQL_MAX_TOKENS: 2000 })[key],
  }) as unknown as AppConfigService;

describe('GraphQL errors in production', () => {
  const production = graphqlOptions(configFor(true), () => ({}) as never, {} as ListBounds);

  it('carry no stack traces and hide unexpected failures', () => {
    expect(production.includeStacktraceInErrorResponses).toBe(false);
    expect(production.graphiql).toBe(false);
    const internal = new GraphQLError('relation "x" does not exist', {
      originalError: new Error('relation "x" does not exist'),
    });
    const shown = production.formatError!(
      { message: internal.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      internal,
    );
    expect(shown).toEqual({
      message: 'Internal server error',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('still tell clients what was wrong with their own input', () => {
    const formatted = { message: 'code: must be ...', extensions: { code: 'BAD_USER_INPUT', fields: [] } };
    expect(production.formatError!(formatted, new GraphQLError('x'))).toBe(formatted);
  });

  it('reveal nothing of the schema: no introspection, no "Did you mean" hints', () => {
    expect(production.introspection).toBe(false);
    const unknown = new GraphQLError('Cannot query field "allOfficez" on type "Query". Did you mean "allOffices"?');
    const shown = production.formatError!(
      { message: unknown.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      unknown,
    );
    expect(shown.message).toBe('Cannot query field "allOfficez" on type "Query".');
    const development = graphqlOptions(configFor(false), () => ({}) as never, {} as ListBounds);
    expect(development.introspection).toBe(true);
  });

  it('show stack traces in development', () => {
    expect(
      graphqlOptions(configFor(false), () => ({}) as never, {} as ListBounds).includeStacktraceInErrorResponses,
    ).toBe(true);
  });
});
