import Cypher from '@neo4j/cypher-builder';

import { RELATIONS } from '../../model/vocabulary';
import type { EventFilter } from '../event.repository';
import { EntityRecord } from '../records';
import { all, before, dateRange, intParam, list, notRetracted, param, Raw, sortDate, types } from './cypher-parts';
import { entityProjection } from './entity.projection';
import { eventProjection } from './event.projection';
import { FieldSelection } from './selection';

/** A statement built for one root field, and how its one row becomes the answer. */
export interface BuiltRead<T> {
  cypher: string;
  params: Record<string, unknown>;
  decode(rows: Raw[]): T;
}

function built<T>(clause: Cypher.Clause, decode: (rows: Raw[]) => T): BuiltRead<T> {
  const { cypher, params } = clause.build();
  return { cypher, params, decode };
}

/** A position in a list ordered by a key and an id: where the next page starts. */
export interface Keyset {
  key: string | null;
  id: string;
}

export interface Page<T> {
  total: number | null;
  nodes: Array<{ node: T; key: Keyset }>;
  hasNext: boolean;
}

/** The event filter of the API, as the event repository names it (the order is an argument here). */
export type EventsFilter = Omit<EventFilter, 'ascending'>;

export interface PageRequest {
  first: number;
  after: Keyset | null;
  /** count the whole list (only when totalCount is asked) */
  total: boolean;
  /** read one more to know whether there is a next page (only when pageInfo is asked) */
  peek: boolean;
}

/** Entity filters of events, most selective first: the first one given anchors the match, the others are EXISTS predicates. */
const ENTITY_ROLES: Array<[keyof EventsFilter, string[]]> = [
  ['source', ['BY']],
  ['target', ['TOWARD']],
  ['actor', ['BY', 'TOWARD']],
  ['involving', ['BY', 'TOWARD', 'ABOUT']],
];

function entityConditions(filter: EventsFilter): Array<{ id: string; roles: string[] }> {
  const given = ENTITY_ROLES.filter(([key]) => filter[key]).map(([key, roles]) => ({ id: String(filter[key]), roles }));
  return [...given, ...(filter.about ?? []).map((id) => ({ id, roles: ['ABOUT', 'TOWARD'] }))];
}

/**
 * The events a filter keeps: matched from the anchor entity when one is given (through the unique
 * id index), else from the date range (date index), else from the relations (type index); every
 * other filter is a predicate on the matched events.
 */
function matchEvents(e: Cypher.Node, filter: EventsFilter): Cypher.Clause {
  for (const r of filter.relations ?? []) if (!(RELATIONS as readonly string[]).includes(r)) throw new Error(`unknown relation ${r}`);
  const [anchor, ...others] = entityConditions(filter);
  const pattern = anchor
    ? new Cypher.Pattern({ labels: ['Entity'], properties: { id: param(anchor.id) } }).related({ type: types(...anchor.roles), direction: 'left' }).to(e, { labels: ['Event'] })
    : new Cypher.Pattern(e, { labels: ['Event'] });
  const exists = (c: { id: string; roles: string[] }) =>
    new Cypher.Exists(new Cypher.Match(new Cypher.Pattern(e).related({ type: types(...c.roles) }).to({ labels: ['Entity'], properties: { id: param(c.id) } })));
  const r = new Cypher.Relationship();
  const where = all(
    filter.relations?.length ? Cypher.in(e.property('type'), param(filter.relations)) : undefined,
    filter.plover?.length ? Cypher.in(e.property('plover'), param(filter.plover)) : undefined,
    filter.includeRetracted ? undefined : notRetracted(e),
    dateRange(e, filter.from, filter.to),
    filter.minSources ? Cypher.gte(e.property('sources'), param(filter.minSources)) : undefined,
    ...others.map(exists),
    filter.speaker
      ? new Cypher.Exists(
          new Cypher.Match(new Cypher.Pattern(e).related(r, { type: 'REPORTED_IN' }).to({ labels: ['Article'] })).where(Cypher.eq(r.property('speaker'), param(filter.speaker))),
        )
      : undefined,
  );
  const match = new Cypher.Match(pattern);
  if (where) match.where(where);
  const distinct = anchor && anchor.roles.length > 1;
  return distinct ? Cypher.utils.concat(match, new Cypher.With(e).distinct()) : match;
}

/** Rows after the cursor in the list's order: a later key, or the same key and a greater id. */
function afterKey(key: Cypher.Expr, id: Cypher.Expr, after: Keyset, ascending: boolean, asKey: (v: Cypher.Param) => Cypher.Expr): Cypher.Predicate {
  const k = asKey(param(after.key));
  return Cypher.or(ascending ? Cypher.gt(key, k) : Cypher.lt(key, k), Cypher.and(Cypher.eq(key, k), Cypher.gt(id, param(after.id))));
}

const totalVar = new Cypher.NamedVariable('total');
const pageVar = new Cypher.NamedVariable('page');

/** The total and one page, both from one statement; the total only when asked. */
function pageStatement(count: Cypher.Clause | null, page: Cypher.Clause): Cypher.Clause {
  const parts: Cypher.Clause[] = [];
  if (count) parts.push(new Cypher.Call(count, []));
  parts.push(new Cypher.Call(page, []));
  parts.push(count ? new Cypher.Return(totalVar, pageVar) : new Cypher.Return(pageVar));
  return Cypher.utils.concat(...parts);
}

function decodePage<T>(rows: Raw[], decode: (raw: unknown) => T, first: number, asKey: (v: unknown) => string | null): Page<T> {
  const row = rows[0] ?? {};
  const entries = list(row.page).map((x) => x as Raw);
  return {
    total: row.total === undefined ? null : Number(row.total),
    nodes: entries.slice(0, first).map((x) => ({ node: decode(x.node), key: { key: asKey(x.key), id: String(x.id) } })),
    hasNext: entries.length > first,
  };
}

/** A page of events in date order, projected as selected, in one statement. */
export function eventsPage(filter: EventsFilter, ascending: boolean, page: PageRequest, selection: readonly FieldSelection[]): BuiltRead<Page<Raw>> {
  const e = new Cypher.Node();
  const d = new Cypher.Variable();
  const count = page.total ? Cypher.utils.concat(matchEvents(e, filter), new Cypher.Return([Cypher.count(e), totalVar])) : null;
  const projection = eventProjection(e, selection);
  const ordered = new Cypher.With(e, [sortDate(e), d]);
  if (page.after) ordered.where(afterKey(d, e.property('id'), page.after, ascending, (p) => Cypher.date(p)));
  const row = new Cypher.Variable();
  const body = Cypher.utils.concat(
    before([matchEvents(e, filter), ordered.orderBy([d, ascending ? 'ASC' : 'DESC'], [e.property('id'), 'ASC']).limit(intParam(page.first + (page.peek ? 1 : 0)))], projection),
    new Cypher.With([new Cypher.Map({ node: projection.expr, key: Cypher.toString(d), id: e.property('id') }), row]),
    new Cypher.Return([Cypher.collect(row), pageVar]),
  );
  return built(pageStatement(count, body), (rows) => decodePage(rows, projection.decode, page.first, (v) => (v === null || v === undefined ? null : String(v))));
}

export interface ActorsFilter {
  kinds?: string[] | null;
  country?: string | null;
  name?: string | null;
  memberOf?: string | null;
  at?: string | null;
  includeUnknown?: boolean;
}

function matchActors(n: Cypher.Node, filter: ActorsFilter): Cypher.Clause {
  const m = new Cypher.Relationship();
  const lower = (x: Cypher.Expr) => Cypher.toLower(x);
  const alias = new Cypher.Variable();
  const nameMatches = filter.name
    ? Cypher.or(
        Cypher.contains(lower(n.property('name')), lower(param(filter.name))),
        Cypher.any(alias, Cypher.coalesce(n.property('aliases'), new Cypher.List([])), Cypher.contains(lower(alias), lower(param(filter.name)))),
      )
    : undefined;
  const at = filter.at ? Cypher.date(param(filter.at)) : undefined;
  const pattern = filter.memberOf
    ? new Cypher.Pattern({ labels: ['Entity'], properties: { id: param(filter.memberOf) } }).related(m, { type: 'MEMBER_OF', direction: 'left' }).to(n, { labels: ['Actor'] })
    : new Cypher.Pattern(n, { labels: ['Actor'] });
  const where = all(
    filter.kinds?.length ? Cypher.in(n.property('kind'), param(filter.kinds)) : undefined,
    filter.country ? Cypher.eq(n.property('country'), param(filter.country)) : undefined,
    filter.includeUnknown === false ? Cypher.not(Cypher.coalesce(n.property('unknown'), Cypher.false)) : undefined,
    nameMatches,
    filter.memberOf && at
      ? Cypher.and(Cypher.or(Cypher.isNull(m.property('from')), Cypher.lte(m.property('from'), at)), Cypher.or(Cypher.isNull(m.property('to')), Cypher.gte(m.property('to'), at)))
      : undefined,
  );
  const match = new Cypher.Match(pattern);
  if (where) match.where(where);
  return filter.memberOf ? Cypher.utils.concat(match, new Cypher.With(n).distinct()) : match;
}

/** A page of actors by name, projected as selected, in one statement. */
export function actorsPage(filter: ActorsFilter, page: PageRequest, selection: readonly FieldSelection[]): BuiltRead<Page<EntityRecord>> {
  const n = new Cypher.Node();
  const count = page.total ? Cypher.utils.concat(matchActors(n, filter), new Cypher.Return([Cypher.count(n), totalVar])) : null;
  const projection = entityProjection(n, selection);
  const ordered = new Cypher.With(n);
  if (page.after) ordered.where(afterKey(n.property('name'), n.property('id'), page.after, true, (p) => p));
  const row = new Cypher.Variable();
  const body = Cypher.utils.concat(
    before([matchActors(n, filter), ordered.orderBy([n.property('name'), 'ASC'], [n.property('id'), 'ASC']).limit(intParam(page.first + (page.peek ? 1 : 0)))], projection),
    new Cypher.With([new Cypher.Map({ node: projection.expr, key: n.property('name'), id: n.property('id') }), row]),
    new Cypher.Return([Cypher.collect(row), pageVar]),
  );
  return built(pageStatement(count, body), (rows) => decodePage(rows, projection.decode, page.first, (v) => (v === null || v === undefined ? null : String(v))));
}

const entityVar = new Cypher.NamedVariable('entity');

/** One entity by id (of one kind, when given), projected as selected. */
export function entityById(id: string, kind: string | null, selection: readonly FieldSelection[]): BuiltRead<EntityRecord | null> {
  const n = new Cypher.Node();
  const projection = entityProjection(n, selection);
  const match = new Cypher.Match(new Cypher.Pattern(n, { labels: ['Entity'], properties: { id: param(id) } }));
  if (kind) match.where(Cypher.eq(n.property('kind'), param(kind)));
  return built(Cypher.utils.concat(before([match], projection), new Cypher.Return([projection.expr, entityVar])), (rows) => (rows[0] ? projection.decode(rows[0].entity) : null));
}

/** One entity by exact name, else by the name in any case or an exact alias; reference entities first. */
export function entityByName(name: string, selection: readonly FieldSelection[]): BuiltRead<EntityRecord | null> {
  const [x, n, y] = [new Cypher.Node(), new Cypher.Node(), new Cypher.Node()];
  const rank = (v: Cypher.Node) => [[Cypher.coalesce(v.property('reference'), Cypher.false), 'DESC'], [v.property('id'), 'ASC']] as Array<[Cypher.Expr, 'DESC' | 'ASC']>;
  const exact = new Cypher.OptionalMatch(new Cypher.Pattern(x, { labels: ['Entity'], properties: { name: param(name) } }));
  const pick = new Cypher.With(x).orderBy(...rank(x)).limit(1);
  const found = Cypher.utils.concat(new Cypher.With(x).where(Cypher.isNotNull(x)), new Cypher.Return([x, n]));
  const loose = Cypher.utils.concat(
    new Cypher.With(x).where(Cypher.isNull(x)),
    new Cypher.Match(new Cypher.Pattern(y, { labels: ['Entity'] })).where(
      Cypher.or(Cypher.eq(Cypher.toLower(y.property('name')), Cypher.toLower(param(name))), Cypher.in(param(name), Cypher.coalesce(y.property('aliases'), new Cypher.List([])))),
    ),
    new Cypher.With(y).orderBy(...rank(y)).limit(1),
    new Cypher.Return([y, n]),
  );
  const projection = entityProjection(n, selection);
  const clause = Cypher.utils.concat(before([exact, pick, new Cypher.Call(new Cypher.Union(found, loose), [x])], projection), new Cypher.Return([projection.expr, entityVar]));
  return built(clause, (rows) => (rows[0] ? projection.decode(rows[0].entity) : null));
}

export interface SearchHitValue {
  entity: EntityRecord;
  score: number;
}

/** Full-text hits: exact names first, then by score; the entity projected as selected. */
export function searchHits(query: string, text: string, kinds: string[] | null, limit: number, entitySelection: readonly FieldSelection[]): BuiltRead<SearchHitValue[]> {
  const node = new Cypher.NamedNode('node');
  const score = new Cypher.NamedVariable('score');
  const exact = new Cypher.Variable();
  const projection = entityProjection(node, entitySelection);
  const call = Cypher.db.index.fulltext.queryNodes('entity_names', param(query), { limit: intParam(limit * 4) }).yield('node', 'score');
  const hit = new Cypher.NamedVariable('hit');
  const ranked = new Cypher.With(node, score, [new Cypher.Case().when(Cypher.eq(Cypher.toLower(node.property('name')), Cypher.toLower(param(text)))).then(new Cypher.Literal(1)).else(new Cypher.Literal(0)), exact])
    .where(all(kinds?.length ? Cypher.in(node.property('kind'), param(kinds)) : undefined) ?? Cypher.true)
    .orderBy([exact, 'DESC'], [score, 'DESC'], [Cypher.coalesce(node.property('reference'), Cypher.false), 'DESC'], [node.property('name'), 'ASC'])
    .limit(intParam(limit));
  const clause = Cypher.utils.concat(before([call, ranked], projection), new Cypher.Return([new Cypher.Map({ entity: projection.expr, score }), hit]));
  return built(clause, (rows) => rows.map((r) => ({ entity: projection.decode((r.hit as Raw).entity), score: Number((r.hit as Raw).score) })));
}
