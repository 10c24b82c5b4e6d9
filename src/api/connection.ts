import { FieldSelection, Keyset, Page, PageRequest } from '../graph/read.repository';
import { InputError } from './errors';

/**
 * Relay cursors over ordered lists. A cursor is an opaque, base64 position on the list's sort key
 * (a date or a name) and id: the next page starts after it (keyset pagination, no SKIP), so a page
 * deep in the list costs what the first one does.
 */
const PREFIX = 'key:';

export function encodeCursor(key: Keyset): string {
  return Buffer.from(PREFIX + JSON.stringify([key.key, key.id]), 'utf8').toString('base64');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): Keyset | null {
  if (cursor === null || cursor === undefined) return null;
  const refuse = () => new InputError(field, 'is not a cursor this API gave out (use a pageInfo.endCursor)');
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith(PREFIX)) throw refuse();
  let value: unknown;
  try {
    value = JSON.parse(text.slice(PREFIX.length));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(value) || value.length !== 2 || !(value[0] === null || typeof value[0] === 'string') || typeof value[1] !== 'string') throw refuse();
  return { key: value[0], id: value[1] };
}

export interface Connection<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A Relay connection out of a page; totalCount is only there when the page counted (when it was asked for). */
export function connection<T>(page: Page<T>, after: Keyset | null): Connection<T> {
  const edges = page.nodes.map((n) => ({ cursor: encodeCursor(n.key), node: n.node }));
  return {
    totalCount: page.total ?? 0,
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: page.hasNext,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** What a connection field needs read: the page (counted only when totalCount is asked, one more row only when pageInfo is) and the fields of its nodes. */
export function pageRequest(selection: FieldSelection[], first: number, after: Keyset | null): { page: PageRequest; nodes: FieldSelection[] } {
  const under = (name: string, fields: FieldSelection[]) => fields.filter((f) => f.name === name).flatMap((f) => f.fields);
  return {
    page: { first, after, total: selection.some((f) => f.name === 'totalCount'), peek: selection.some((f) => f.name === 'pageInfo') },
    nodes: [...under('nodes', selection), ...under('node', under('edges', selection))],
  };
}
