import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
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
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';

/** Operations nested deeper than this many fields are refused before they run. */
export const MAX_DEPTH = 10;
/** Operations whose estimated cost (fields times the page sizes above them) passes this are refused before they run. */
export const MAX_COST = 50_000;
/** What a list field without a page-size argument is assumed to hold. */
const LIST_ESTIMATE = 5;
/** Unpaged lists that run long, at about the largest on the corpus graph: the positions of the
 * actor asked for (root `positions`: Zelenskyy and Putin over 400 objects each) and the standpoints on
 * an entity (Ukraine 135 actors), so that one nested inside the other is refused, not answered in
 * megabytes. */
const LIST_ESTIMATES: Record<string, number> = { standpoints: 150 };
const ROOT_LIST_ESTIMATES: Record<string, number> = { positions: 400, standpoints: 150 };
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
 * What one field costs before page sizes multiply it: root fields by the Cypher they run (a
 * statistics scan of the whole graph, a 3-hop neighbourhood, a shortest-path search weigh what they
 * take in time; the weights are rules, as data), nested resolver fields by the batched lookup they
 * add; every other field 1. Introspection fields count like any other.
 */
export const ROOT_WEIGHTS: Record<string, number | ((args: Record<string, unknown>) => number)> = {
  statistics: 2000,
  neighbourhood: (args) => ({ 1: 500, 2: 2000, 3: 10000 } as Record<number, number>)[Number(args.hops ?? 1)] ?? 10000,
  paths: (args) => 1000 * Math.max(1, Number(args.maxHops ?? 6)),
  search: 50,
  timeline: 50,
  positions: 50,
  standpoints: 50,
  events: 20,
  actors: 20,
  entity: 5,
  event: 5,
  agreement: 5,
  format: 5,
  auditTrail: 20,
};
export const NESTED_WEIGHTS: Record<string, number> = {
  events: 10,
  relations: 10,
  positions: 10,
  standpoints: 10,
  meetings: 10,
  latest: 5,
  memberships: 5,
  offices: 5,
  leaders: 5,
  members: 5,
};
/** What an introspection list (types, fields, args) is assumed to hold. */
const INTROSPECTION_LIST_ESTIMATE = 10;

type Composite = GraphQLObjectType | GraphQLInterfaceType;
const isObjectLike = (t: unknown): t is Composite => t instanceof GraphQLObjectType || t instanceof GraphQLInterfaceType;

function fieldDefinition(schema: GraphQLSchema, type: Composite, name: string, isRoot: boolean): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (isRoot && name === '__schema') return SchemaMetaFieldDef;
  if (isRoot && name === '__type') return TypeMetaFieldDef;
  return type.getFields()[name];
}

function fieldWeight(name: string, isRoot: boolean, args: Record<string, unknown>, isLeaf: boolean): number {
  if (isRoot) {
    const weight = ROOT_WEIGHTS[name];
    return typeof weight === 'function' ? weight(args) : weight ?? 1;
  }
  return isLeaf ? 1 : NESTED_WEIGHTS[name] ?? 1;
}

/**
 * The estimated cost of an operation: every field (introspection and aliases included) costs its
 * weight times the page sizes of the list fields above it (their `first`, `limit` or `maxNodes`,
 * given or default; unpaged lists count as LIST_ESTIMATES and ROOT_LIST_ESTIMATES say, else 5; introspection lists 10).
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const walk = (type: Composite, selectionSet: SelectionSetNode, multiplier: number, pagedParent: boolean, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const isRoot = type === root;
        const field = fieldDefinition(schema, type, selection.name.value, isRoot);
        if (!field) continue;
        const named = getNamedType(field.type);
        const args = argumentValues(selection, field.args, variables);
        cost += multiplier * fieldWeight(selection.name.value, isRoot, args, !selection.selectionSet);
        if (!selection.selectionSet || !isObjectLike(named)) continue;
        const size = pageSize(selection, field.args, variables);
        const isList = getNullableType(field.type) instanceof GraphQLList;
        const estimate = type.name.startsWith('__') || named.name.startsWith('__') ? INTROSPECTION_LIST_ESTIMATE : ((isRoot ? ROOT_LIST_ESTIMATES : LIST_ESTIMATES)[selection.name.value] ?? LIST_ESTIMATE);
        const factor = size ?? (isList && !pagedParent ? estimate : 1);
        cost += walk(named, selection.selectionSet, multiplier * factor, size !== undefined, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on && isCompositeType(on) && isObjectLike(on)) {
          cost += walk(on, selection.selectionSet, multiplier, pagedParent, seen);
        }
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (isObjectLike(on)) {
          cost += walk(on, fragment.selectionSet, multiplier, pagedParent, new Set([...seen, fragment.name.value]));
        }
      }
    }
    return cost;
  };
  return walk(root, operation.selectionSet, 1, false, new Set());
}

function argumentValues(field: FieldNode, args: ReadonlyArray<{ name: string; defaultValue?: unknown }>, variables: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const definition of args) {
    const given = field.arguments?.find((a) => a.name.value === definition.name);
    out[definition.name] = given ? valueFromASTUntyped(given.value, variables) : definition.defaultValue;
  }
  return out;
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
