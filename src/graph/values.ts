import neo4j from 'neo4j-driver';

/**
 * Neo4j values to plain JS at the edge: integers to numbers, dates to "YYYY-MM-DD", date-times to
 * ISO strings, nodes and relationships to their properties. Repositories return only these.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) {
    const int = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isDate(value as never)) return (value as { toString(): string }).toString();
  if (
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(v);
    return out;
  }
  return value;
}
