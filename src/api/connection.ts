import { InputError } from './errors';

/**
 * Relay cursors over ordered lists. A cursor is an opaque, base64 position in the list the same
 * filter and order give; pages are read with SKIP/LIMIT in one statement.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): number {
  if (cursor === null || cursor === undefined) return 0;
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const match = /^offset:(\d{1,9})$/.exec(text);
  if (!match) throw new InputError(field, 'is not a cursor this API gave out (use a pageInfo.endCursor)');
  return Number(match[1]) + 1;
}

export interface Connection<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export function connection<T>(nodes: T[], skip: number, total: number): Connection<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
  return {
    totalCount: total,
    edges,
    nodes,
    pageInfo: {
      hasNextPage: skip + nodes.length < total,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
