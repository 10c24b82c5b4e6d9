import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';

/** Small Cypher pieces the read compiler repeats. */

/** The date events sort by: undated events count as the oldest. */
export const sortDate = (e: Cypher.Node) => Cypher.coalesce(e.property('date'), Cypher.date(new Cypher.Literal('0001-01-01')));

export const notRetracted = (x: Cypher.Node | Cypher.Relationship) => Cypher.not(Cypher.coalesce(x.property('retracted'), Cypher.false));

export const param = (value: unknown) => new Cypher.Param(value);

/** The largest page a client may ask for (the API refuses more): the compiler never reads past it, even before the refusal. */
export const MAX_PAGE = 100;

/** A page size from a nested field's arguments, within 1 to MAX_PAGE. */
export const pageSize = (value: unknown, fallback: number) => Math.max(1, Math.min(MAX_PAGE, Math.trunc(Number(value ?? fallback)) || fallback));

/** A count (LIMIT, a procedure's limit) as a Cypher integer: plain JS numbers reach Cypher as floats. */
export const intParam = (value: number) => new Cypher.Param(neo4j.int(Math.trunc(value)));

/** Conjunction of the predicates given, skipping undefined ones. */
export function all(...predicates: Array<Cypher.Predicate | undefined>): Cypher.Predicate | undefined {
  const given = predicates.filter((p): p is Cypher.Predicate => p !== undefined);
  if (given.length === 0) return undefined;
  return given.length === 1 ? given[0] : Cypher.and(...given);
}

/** On or after `from`, on or before `to` (YYYY-MM-DD), on the date property of x. */
export function dateRange(x: Cypher.Node | Cypher.Relationship, from?: string | null, to?: string | null): Cypher.Predicate | undefined {
  return all(
    from ? Cypher.gte(x.property('date'), Cypher.date(param(from))) : undefined,
    to ? Cypher.lte(x.property('date'), Cypher.date(param(to))) : undefined,
  );
}

/**
 * A compiled projection: the Cypher expression, how its value becomes an API value, and the CALL
 * subqueries that must run first where its node is bound. Neo4j refuses an aggregation inside a
 * subquery expression of a projection that also reads the outer node, so grouped fields (relations,
 * standpoints) are computed in such a CALL and the expression reads the variable it returns.
 */
export interface Projection<T> {
  expr: Cypher.Expr;
  decode(raw: unknown): T;
  prelude: Cypher.Clause[];
}

/** Relationship types joined with | (from allow-lists in code). */
export const types = (...names: string[]) => (names.length === 1 ? names[0] : Cypher.labelExpr.or(...names));

/** The clauses given, then the preludes of the projections, as one clause. */
export const before = (clauses: Cypher.Clause[], ...projections: Array<Projection<unknown>>): Cypher.Clause =>
  Cypher.utils.concat(...clauses, ...projections.flatMap((p) => p.prelude));

export type Raw = Record<string, unknown>;

export const list = (raw: unknown): unknown[] => (Array.isArray(raw) ? raw : []);
