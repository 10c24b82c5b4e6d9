import { MiddlewareFn } from 'type-graphql';

import { InputError } from './errors';

/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text input cannot be stored, or undefined when it can. */
export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate (not valid Unicode)';
  return undefined;
}

function check(value: unknown, path: string): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw new InputError(path, problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => check(item, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) check(item, `${path}.${key}`);
  }
}

/** Every argument of every field, however nested: text with a NUL character or a lone surrogate is refused, naming the field. */
export const CleanTextInput: MiddlewareFn = async ({ args }, next) => {
  for (const [name, value] of Object.entries(args ?? {})) check(value, name);
  return next();
};
