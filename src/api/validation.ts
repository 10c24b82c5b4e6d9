import { validateOrReject, ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/**
 * class-validator at the edge, as type-graphql runs it (missing properties skipped, unknown values
 * allowed), remembering the argument values found valid: a nested field's arguments are the same
 * for each of a list's items, and are checked once per request shape, not once per item.
 */
const MAX_REMEMBERED = 5_000;
/** Larger values (an article's text) are checked every time: remembering them would hold their text. */
const MAX_KEY_CHARS = 2_000;
const valid = new Map<unknown, Set<string>>();

async function check(value: object): Promise<void> {
  try {
    await validateOrReject(value, { skipMissingProperties: true, forbidUnknownValues: false });
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

export async function validateArguments(value: unknown, type: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    await Promise.all(value.map((v) => validateArguments(v, type)));
    return;
  }
  const key = JSON.stringify(value);
  const known = valid.get(type) ?? new Set<string>();
  if (known.has(key)) return;
  await check(value);
  if (key.length > MAX_KEY_CHARS) return;
  if (known.size >= MAX_REMEMBERED) known.clear();
  valid.set(type, known.add(key));
}
