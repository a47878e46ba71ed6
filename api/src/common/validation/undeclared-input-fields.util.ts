import {
  isInputObjectType,
  isInputType,
  isListType,
  isNonNullType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

export interface PrunedVariables {
  variables: Record<string, unknown>;
  /** Where fields were dropped, list positions written `[]`: `lines[].flagged`, `disaggregations[].__typename`. */
  ignored: string[];
}

function prune(type: GraphQLInputType, value: unknown, path: string, ignored: Set<string>): unknown {
  if (isNonNullType(type)) return prune(type.ofType, value, path, ignored);
  if (value === null || typeof value !== 'object') return value;
  if (isListType(type)) {
    const itemType = type.ofType as GraphQLInputType;
    // GraphQL takes a lone item for a list: prune it the same way.
    return Array.isArray(value)
      ? value.map((item) => prune(itemType, item, `${path}[]`, ignored))
      : prune(itemType, value, path, ignored);
  }
  if (!isInputObjectType(type) || Array.isArray(value)) return value;
  const fields = type.getFields();
  const kept: [string, unknown][] = [];
  for (const [key, item] of Object.entries(value)) {
    const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (field) kept.push([key, prune(field.type, item, `${path}.${key}`, ignored)]);
    else ignored.add(`${path}.${key}`);
  }
  return Object.fromEntries(kept);
}

/**
 * The rule for records sent back whole (docs/security.md, "Input"): in a mutation's variables, a
 * field that its input object type does not declare is dropped, at any depth, before GraphQL
 * coerces the variables and before any validation. react-admin's `<Edit>` sends back the record it
 * read, with `__typename`, ids and read-only fields (a report line's `flagged`, `planItem`)
 * in the nested inputs. Queries are left as sent: a filter field dropped would widen a list
 * without saying so. Values written in the document itself are never touched.
 */
export function dropUndeclaredInputFields(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): PrunedVariables {
  if (operation.operation !== 'mutation') return { variables, ignored: [] };
  const ignored = new Set<string>();
  const pruned = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!Object.hasOwn(variables, name) || !type || !isInputType(type)) continue;
    pruned[name] = prune(type, variables[name], name, ignored);
  }
  return { variables: pruned, ignored: [...ignored] };
}
