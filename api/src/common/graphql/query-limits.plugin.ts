import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { ListBounds } from '#src/common/graphql/list-bounds.js';
import { operationDepth } from '#src/common/graphql/operation-depth.util.js';
import { costEstimator } from '#src/common/graphql/query-cost.js';
import { assertStorableText, assertVariableTypes, operationToRun } from '#src/common/graphql/operation-admission.js';

/**
 * Admits an operation before any resolver runs: one operation named to run, variables of their
 * declared types, storable text, no deeper nesting than configured, and an estimated cost (see
 * query-cost.ts) within the limit. Each refusal is a 400 that says what to change.
 */
export function queryLimitsPlugin(maxDepth: number, maxComplexity: number, bounds: ListBounds): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const operation = operationToRun(document, request.operationName);
          assertVariableTypes(schema, operation, request.variables);
          assertStorableText(document, request.variables);
          const depth = operationDepth(document, operation.name?.value);
          if (depth > maxDepth) {
            throw new GraphQLError(`the query nests ${depth} levels deep; at most ${maxDepth} are allowed`, {
              extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 } },
            });
          }
          const complexity = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: operation.name?.value,
            estimators: [costEstimator(schema, await bounds.current())],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `the query would cost ${complexity} (each field, times the rows each list can return); at most ${maxComplexity} is allowed: ask for fewer fields, fewer aliases or smaller pages`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
