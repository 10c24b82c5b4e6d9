/**
 * What a client asked for below one field, as plain data: the API layer reads it off the GraphQL
 * operation, the read compiler turns it into one Cypher statement. Fragments are already merged;
 * `on` keeps the type condition a field was asked under (null when asked on the field's own type).
 */
export interface FieldSelection {
  name: string;
  /** the response key (the alias, else the name) */
  alias: string;
  args: Record<string, unknown>;
  on: string | null;
  fields: FieldSelection[];
}

export const field = (selection: readonly FieldSelection[], name: string): FieldSelection | undefined => selection.find((f) => f.name === name);

export const has = (selection: readonly FieldSelection[], name: string): boolean => selection.some((f) => f.name === name);

/** The fields of one name merged into one (same name asked under two aliases, or in two fragments): their sub-selections together. */
export function merged(selection: readonly FieldSelection[], name: string): FieldSelection | undefined {
  const all = selection.filter((f) => f.name === name);
  if (all.length === 0) return undefined;
  return { ...all[0], fields: all.flatMap((f) => f.fields) };
}

/** Prefetched values of fields that take arguments or have a resolver, by response key, on a record the compiler built. */
export const PREFETCHED = Symbol('prefetched');

export type Prefetched = Record<string, unknown>;

export function prefetched<T>(record: object, key: string): T | undefined {
  const values = (record as { [PREFETCHED]?: Prefetched })[PREFETCHED];
  return values && key in values ? (values[key] as T) : undefined;
}
