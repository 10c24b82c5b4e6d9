import {
  FieldNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLResolveInfo,
  GraphQLSkipDirective,
  isInterfaceType,
  isObjectType,
  GraphQLNamedType,
  Kind,
  SelectionSetNode,
} from 'graphql';

import { FieldSelection } from '../graph/read.repository';

type Node = Parameters<typeof getDirectiveValues>[1];

function included(node: Node, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** The fields under a selection set, fragments merged, each with its arguments (defaults applied) and its own fields. */
function fieldsOf(set: SelectionSetNode | undefined, parent: GraphQLNamedType, info: GraphQLResolveInfo, on: string | null): FieldSelection[] {
  if (!set) return [];
  const out: FieldSelection[] = [];
  for (const selection of set.selections) {
    if (!included(selection, info.variableValues)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const definition = parent.getFields()[name];
      if (!definition) continue;
      out.push({
        name,
        alias: selection.alias?.value ?? name,
        args: getArgumentValues(definition, selection, info.variableValues),
        on,
        fields: fieldsOf(selection.selectionSet, getNamedType(definition.type), info, null),
      });
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition?.name.value;
      const type = condition ? (info.schema.getType(condition) ?? parent) : parent;
      out.push(...fieldsOf(fragment.selectionSet, type, info, condition ?? on));
    }
  }
  return out;
}

/** What the client asked for under the field being resolved. */
export function selectionOf(info: GraphQLResolveInfo): FieldSelection[] {
  const type = getNamedType(info.returnType);
  return info.fieldNodes.flatMap((node: FieldNode) => fieldsOf(node.selectionSet, type, info, null));
}
