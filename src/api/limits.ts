import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  valueFromASTUntyped,
} from 'graphql';

/** Operations nested deeper than this many fields are refused before they run. */
export const MAX_DEPTH = 10;
/** Operations whose estimated cost (fields times the page sizes above them) passes this are refused before they run. */
export const MAX_COST = 50_000;
/** What a list field without a page-size argument is assumed to hold. */
const LIST_ESTIMATE = 5;
const PAGE_ARGS = ['first', 'limit', 'maxNodes'];

function fieldDepth(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + fieldDepth(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, fieldDepth(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, fieldDepth(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** A validation rule: refuses an operation nested deeper than `max` fields (introspection fields are not counted). */
export function depthLimitRule(max: number = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        if (isIntrospection(node)) return;
        const depth = fieldDepth(node.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`Operation ${node.name ? `"${node.name.value}" ` : ''}is nested ${depth} levels deep; the limit is ${max}. Ask for less nesting, or split it into several operations.`, {
              nodes: [node],
              extensions: { code: 'OPERATION_TOO_DEEP', depth, maxDepth: max },
            }),
          );
        }
      },
    };
  };
}

function isIntrospection(node: OperationDefinitionNode): boolean {
  return node.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));
}

/**
 * The estimated cost of an operation: every field costs 1 times the page sizes of the list fields
 * above it (their `first`, `limit` or `maxNodes`, given or default; other lists count 5).
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const walk = (type: GraphQLObjectType | GraphQLInterfaceType, selectionSet: SelectionSetNode, multiplier: number, pagedParent: boolean, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        cost += multiplier;
        if (!selection.selectionSet) continue;
        const named = getNamedType(field.type);
        if (!(named instanceof GraphQLObjectType || named instanceof GraphQLInterfaceType)) continue;
        const size = pageSize(selection, field.args, variables);
        const isList = getNullableType(field.type) instanceof GraphQLList;
        const factor = size ?? (isList && !pagedParent ? LIST_ESTIMATE : 1);
        cost += walk(named, selection.selectionSet, multiplier * factor, size !== undefined, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on && isCompositeType(on) && (on instanceof GraphQLObjectType || on instanceof GraphQLInterfaceType)) {
          cost += walk(on, selection.selectionSet, multiplier, pagedParent, seen);
        }
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (on instanceof GraphQLObjectType || on instanceof GraphQLInterfaceType) {
          cost += walk(on, fragment.selectionSet, multiplier, pagedParent, new Set([...seen, fragment.name.value]));
        }
      }
    }
    return cost;
  };
  return walk(root, operation.selectionSet, 1, false, new Set());
}

function pageSize(field: FieldNode, args: ReadonlyArray<{ name: string; defaultValue?: unknown }>, variables: Record<string, unknown>): number | undefined {
  for (const name of PAGE_ARGS) {
    const definition = args.find((a) => a.name === name);
    if (!definition) continue;
    const given = field.arguments?.find((a) => a.name.value === name);
    const value = given ? valueFromASTUntyped(given.value, variables) : definition.defaultValue;
    if (typeof value === 'number' && value > 0) return value;
  }
  return undefined;
}

/** An Apollo plugin: refuses operations over the cost limit once variables are known, before execution. */
export function costLimitPlugin(max: number = MAX_COST): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const cost = operationCost(schema, operation, fragments, request.variables ?? {});
          if (cost > max) {
            throw new GraphQLError(
              `Operation ${operation.name ? `"${operation.name.value}" ` : ''}is estimated to cost ${cost}; the limit is ${max}. Ask for smaller pages (first, limit) or fewer nested lists.`,
              { extensions: { code: 'OPERATION_TOO_COSTLY', cost, maxCost: max, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
