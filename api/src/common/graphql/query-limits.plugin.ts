import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { operationDepth } from '#src/common/graphql/operation-depth.util.js';

// A field costs 1 plus its children; a page of n records costs n times that.
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const perPage = typeof args.perPage === 'number' ? args.perPage : 1;
  return (1 + childComplexity) * Math.max(1, perPage);
};

/** Refuses operations nested deeper or estimated costlier than configured, before any resolver runs. */
export function queryLimitsPlugin(maxDepth: number, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const depth = operationDepth(document, request.operationName);
          if (depth > maxDepth) {
            throw new GraphQLError(`the query nests ${depth} levels deep; at most ${maxDepth} are allowed`, {
              extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 } },
            });
          }
          const complexity = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [pagedEstimator],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `the query would cost ${complexity} (fields times page sizes); at most ${maxComplexity} is allowed: ask for fewer fields or smaller pages`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
