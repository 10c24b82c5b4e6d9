import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { FragmentDefinitionNode, Kind, SelectionSetNode, valueFromASTUntyped } from 'graphql';

import { InputError } from './errors';

/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text input cannot be stored, or undefined when it can. */
export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate (not valid Unicode)';
  return undefined;
}

/** An input error refused before execution: a 400, as a request that cannot run. */
function refusal(path: string, problem: string): InputError {
  const error = new InputError(path, problem);
  (error.extensions as Record<string, unknown>).http = { status: 400 };
  return error;
}

function check(value: unknown, path: string): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw refusal(path, problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => check(item, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) check(item, `${path}.${key}`);
  }
}

type Fragments = Map<string, FragmentDefinitionNode>;

/** Checks the arguments of every field of a selection, through fragments, each fragment once. */
function checkSelection(set: SelectionSetNode, fragments: Fragments, variables: Record<string, unknown>, seen: Set<string>): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      for (const argument of selection.arguments ?? []) check(valueFromASTUntyped(argument.value, variables), argument.name.value);
      if (selection.selectionSet) checkSelection(selection.selectionSet, fragments, variables, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      checkSelection(selection.selectionSet, fragments, variables, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) checkSelection(fragment.selectionSet, fragments, variables, seen);
    }
  }
}

/**
 * Every argument of every field, however nested, literal or variable: text with a NUL character or
 * a lone surrogate is refused before execution, naming the argument (`input.text`). Once per
 * request over the operation, not a middleware around each resolved field.
 */
export function cleanTextInputPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const fragments: Fragments = new Map();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          checkSelection(operation.selectionSet, fragments, request.variables ?? {}, new Set());
        },
      };
    },
  };
}
