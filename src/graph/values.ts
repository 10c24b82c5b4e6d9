import neo4j from 'neo4j-driver';

type Temporal = { toString(): string };
type DateParts = { year: unknown; month: unknown; day: unknown };

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "YYYY-MM-DD" of a Neo4j date, without the driver's integer arithmetic for the common years. */
function dateString(value: DateParts & Temporal): string {
  const { year, month, day } = value;
  if (typeof year === 'number' && year >= 1000 && year <= 9999 && typeof month === 'number' && typeof day === 'number') {
    return `${year}-${pad2(month)}-${pad2(day)}`;
  }
  return value.toString();
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}

/**
 * Neo4j values to plain JS at the edge: integers to numbers, dates to "YYYY-MM-DD", date-times to
 * ISO strings, nodes and relationships to their properties. Repositories return only these.
 * Strings, numbers and booleans (most of any answer) return at the first test.
 */
export function toPlain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = toPlain((value as Record<string, unknown>)[key]);
    return out;
  }
  if (neo4j.isInt(value)) {
    const int = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (neo4j.isDate(value as never)) return dateString(value as DateParts & Temporal);
  if (isTemporal(value)) return (value as Temporal).toString();
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) return toPlain((value as { properties: unknown }).properties);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(v);
  return out;
}
