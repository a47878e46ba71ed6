import type { ApolloServerPlugin } from '@apollo/server';
import { dropUndeclaredInputFields } from '#src/common/validation/undeclared-input-fields.util.js';

/**
 * Applies dropUndeclaredInputFields to every operation once it is resolved, and says in the answer
 * what was dropped (`extensions.ignoredInputFields`), so that a misspelt field is not lost unseen.
 * List it before any plugin that reads the variables (the query limits coerce them): Apollo calls
 * didResolveOperation in plugin order, and this one does all its work before its first await.
 */
export function undeclaredInputFieldsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let ignored: string[] = [];
      return {
        async didResolveOperation({ request, operation, schema }) {
          if (!operation || !request.variables) return;
          const pruned = dropUndeclaredInputFields(schema, operation, request.variables);
          request.variables = pruned.variables;
          ignored = pruned.ignored;
        },
        async willSendResponse({ response }) {
          if (ignored.length === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, ignoredInputFields: ignored };
        },
      };
    },
  };
}
