import Cypher from '@neo4j/cypher-builder';

import { RELATIONS } from '../../model/vocabulary';
import { SYMMETRIC } from '../../model/plan';
import { ADDRESSEE_RELATIONS, STANCE_RELATIONS, summarisePosition, byWeight } from '../../model/stance';
import { StructuralType } from '../../model/vocabulary';
import type { Link } from '../entity.repository';
import { EntityRecord, entityRecord } from '../records';
import { all, before, dateRange, intParam, list, notRetracted, pageSize, param, Projection, Raw, sortDate, types } from './cypher-parts';
import { eventProjection } from './event.projection';
import { FieldSelection, has, merged, Prefetched, PREFETCHED } from './selection';

/** Entity properties a client can ask for, beside the ones every projection carries (id, kind, name, label). */
const ENTITY_PROPS = new Set(['aliases', 'country', 'unknown', 'reference', 'iso3', 'acronym', 'key', 'label', 'signed', 'paxId', 'status', 'agreementType', 'stage']);
const ALWAYS = ['id', 'kind'];

/** Structural fields: the relationship read, and which sub-field of the answer is the entity at the other end. */
const LINK_FIELDS: Record<string, { type: StructuralType; direction: 'OUT' | 'IN'; other?: string; anchor?: string }> = {
  offices: { type: 'LEADER_OF', direction: 'OUT', other: 'state', anchor: 'person' },
  leaders: { type: 'LEADER_OF', direction: 'IN', other: 'person', anchor: 'state' },
  members: { type: 'MEMBER_OF', direction: 'IN', other: 'member', anchor: 'body' },
  memberships: { type: 'MEMBER_OF', direction: 'OUT', other: 'body', anchor: 'member' },
  parties: { type: 'PARTY_TO', direction: 'IN' },
  formats: { type: 'NEGOTIATED_IN', direction: 'OUT' },
  partOf: { type: 'PART_OF', direction: 'OUT' },
  parts: { type: 'PART_OF', direction: 'IN' },
  processes: { type: 'IN_PROCESS', direction: 'OUT' },
  locatedIn: { type: 'LOCATED_IN', direction: 'OUT' },
};


/** The key a nested field's value travels under in the projected map (apart from the scalar names). */
const preKey = (alias: string) => `pre_${alias}`;

function links(n: Cypher.Node, f: FieldSelection): Projection<Link[]> {
  const spec = LINK_FIELDS[f.name];
  const r = new Cypher.Relationship();
  const m = new Cypher.Node();
  const otherFields = spec.other ? (merged(f.fields, spec.other)?.fields ?? []) : f.fields;
  const node = entityProjection(m, otherFields, 'ungrouped');
  const pattern = new Cypher.Pattern(n).related(r, { type: spec.type, direction: spec.direction === 'OUT' ? 'right' : 'left' }).to(m, { labels: ['Entity'] });
  const ordered = new Cypher.With(r, m).orderBy([Cypher.coalesce(r.property('from'), Cypher.date(new Cypher.Literal('0001-01-01'))), 'ASC'], [m.property('name'), 'ASC']);
  const clause = Cypher.utils.concat(
    before([new Cypher.Match(pattern), ordered], node),
    new Cypher.Return(new Cypher.Map({ props: new Cypher.MapProjection(r, ['from', 'to', 'role', 'kind']), node: node.expr })),
  );
  return {
    prelude: [],
    expr: new Cypher.Collect(clause),
    decode: (raw) => list(raw).map((x) => ({ node: node.decode((x as Raw).node), props: ((x as Raw).props as Raw) ?? {} })),
  };
}

export interface EventListValue {
  totalCount: number;
  nodes: Raw[];
}

/** The newest events of the entity in the given roles: COUNT {} only when totalCount is asked, nodes limited before they are expanded. */
export function anchoredEvents(n: Cypher.Node, f: FieldSelection, roles: string[], defaultRelations: string[] | null): Projection<EventListValue> {
  const relations = (f.args.relations as string[] | null | undefined) ?? defaultRelations;
  const matchEvents = (e: Cypher.Node) =>
    new Cypher.Match(new Cypher.Pattern(n).related({ type: types(...roles), direction: 'left' }).to(e, { labels: ['Event'] })).where(
      all(notRetracted(e), relations?.length ? Cypher.in(e.property('type'), param(relations)) : undefined, dateRange(e, f.args.from as string, f.args.to as string))!,
    );
  const entries: Record<string, Cypher.Expr> = {};
  const nodes = merged(f.fields, 'nodes');
  let decodeNode: ((raw: unknown) => Raw) | undefined;
  if (has(f.fields, 'totalCount')) {
    const e = new Cypher.Node();
    entries.total = new Cypher.Count(Cypher.utils.concat(matchEvents(e), new Cypher.Return([e, 'e']).distinct()));
  }
  if (nodes) {
    const e = new Cypher.Node();
    const projection = eventProjection(e, nodes.fields);
    decodeNode = projection.decode;
    const clause = Cypher.utils.concat(
      before([matchEvents(e), new Cypher.With(e).distinct().orderBy([sortDate(e), 'DESC'], [e.property('id'), 'ASC']).limit(intParam(pageSize(f.args.first, 10)))], projection),
      new Cypher.Return(projection.expr),
    );
    entries.nodes = new Cypher.Collect(clause);
  }
  return {
    prelude: [],
    expr: new Cypher.Map(entries),
    decode: (raw) => {
      const v = (raw ?? {}) as Raw;
      return { totalCount: Number(v.total ?? 0), nodes: decodeNode ? list(v.nodes).map(decodeNode) : [] };
    },
  };
}

export interface RelationSummaryValue {
  relation: string;
  direction: string;
  counterpart: EntityRecord;
  count: number;
  first: string | null;
  last: string | null;
}

/**
 * What the entity did and had done to it, grouped by relation, direction and counterpart: one
 * pattern through its events (source to target or object is OUTGOING, the reverse INCOMING, two
 * sources of a symmetric relation MUTUAL), most events first, limited before counterparts are projected.
 */
function relations(n: Cypher.Node, f: FieldSelection): Projection<RelationSummaryValue[]> {
  const [e, c, r1, r2] = [new Cypher.Node(), new Cypher.Node(), new Cypher.Relationship(), new Cypher.Relationship()];
  const [direction, relation, count, first, last] = [new Cypher.Variable(), new Cypher.Variable(), new Cypher.Variable(), new Cypher.Variable(), new Cypher.Variable()];
  const wanted = (f.args.relations as string[] | null | undefined) ?? null;
  for (const r of wanted ?? []) if (!(RELATIONS as readonly string[]).includes(r)) throw new Error(`unknown relation ${r}`);
  const by = (r: Cypher.Relationship) => Cypher.eq(Cypher.type(r), new Cypher.Literal('BY'));
  const pattern = new Cypher.Pattern(n)
    .related(r1, { type: types('BY', 'TOWARD', 'ABOUT'), direction: 'left' })
    .to(e, { labels: ['Event'] })
    .related(r2, { type: types('BY', 'TOWARD', 'ABOUT'), direction: 'right' })
    .to(c, { labels: ['Entity'] });
  const where = all(
    Cypher.neq(c, n),
    notRetracted(e),
    Cypher.or(Cypher.xor(by(r1), by(r2)), Cypher.and(by(r1), by(r2), Cypher.in(e.property('type'), param([...SYMMETRIC])))),
    wanted?.length ? Cypher.in(e.property('type'), param(wanted)) : undefined,
    dateRange(e, f.args.from as string, f.args.to as string),
  )!;
  const counterpart = entityProjection(c, merged(f.fields, 'counterpart')?.fields ?? []);
  const directionExpr = new Cypher.Case()
    .when(Cypher.and(by(r1), by(r2)))
    .then(new Cypher.Literal('MUTUAL'))
    .when(by(r1))
    .then(new Cypher.Literal('OUTGOING'))
    .else(new Cypher.Literal('INCOMING'));
  const grouped = new Cypher.Match(pattern)
    .where(where)
    .with([directionExpr, direction], [e.property('type'), relation], c, [Cypher.count(e).distinct(), count], [Cypher.min(e.property('date')), first], [Cypher.max(e.property('date')), last])
    .orderBy([count, 'DESC'], [last, 'DESC'], [relation, 'ASC'], [c.property('name'), 'ASC'], [c.property('id'), 'ASC'])
    .limit(intParam(pageSize(f.args.first, 50)));
  const [row, rows] = [new Cypher.Variable(), new Cypher.Variable()];
  const clause = Cypher.utils.concat(
    before([grouped], counterpart),
    new Cypher.With([new Cypher.Map({ direction, relation, count, first: Cypher.toString(first), last: Cypher.toString(last), counterpart: counterpart.expr }), row]),
    new Cypher.Return([Cypher.collect(row), rows]),
  );
  return {
    prelude: [new Cypher.Call(clause, [n])],
    expr: rows,
    decode: (raw) =>
      list(raw).map((x) => {
        const v = x as Raw;
        return {
          relation: String(v.relation),
          direction: String(v.direction),
          counterpart: counterpart.decode(v.counterpart),
          count: Number(v.count),
          first: (v.first as string | null) ?? null,
          last: (v.last as string | null) ?? null,
        };
      }),
  };
}

/** Who stands where on the entity: the stance events of each actor, summarised by the stance rules. */
function standpoints(o: Cypher.Node, f: FieldSelection): Projection<unknown> {
  const [e, a, role] = [new Cypher.Node(), new Cypher.Node(), new Cypher.Relationship()];
  const events = new Cypher.Variable();
  const actor = entityProjection(a, merged(f.fields, 'actor')?.fields ?? []);
  const object = entityProjection(o, merged(f.fields, 'object')?.fields ?? [], 'none');
  const aboutAny = new Cypher.Exists(new Cypher.Match(new Cypher.Pattern(e).related({ type: 'ABOUT' }).to({ labels: ['Entity'] })));
  const clause = new Cypher.Match(
    new Cypher.Pattern(o).related(role, { type: types('ABOUT', 'TOWARD'), direction: 'left' }).to(e, { labels: ['Event'] }).related({ type: 'BY' }).to(a, { labels: ['Entity'] }),
  )
    .where(
      all(
        Cypher.in(e.property('type'), param(STANCE_RELATIONS)),
        notRetracted(e),
        Cypher.not(Cypher.coalesce(e.property('negated'), Cypher.false)),
        Cypher.or(
          Cypher.eq(Cypher.type(role), new Cypher.Literal('ABOUT')),
          Cypher.and(Cypher.not(aboutAny), Cypher.not(Cypher.and(o.hasLabel('Actor'), Cypher.in(e.property('type'), param(ADDRESSEE_RELATIONS))))),
        ),
        dateRange(e, f.args.from as string, f.args.to as string),
      )!,
    )
    .with(a, e)
    .distinct()
    .orderBy([e.property('date'), 'ASC'], [e.property('id'), 'ASC'])
    .with(a, [Cypher.collect(new Cypher.Map({ id: e.property('id'), date: Cypher.toString(e.property('date')), relation: e.property('type') })), events]);
  const [row, rows] = [new Cypher.Variable(), new Cypher.Variable()];
  const body = Cypher.utils.concat(
    before([clause], actor, object),
    new Cypher.With([new Cypher.Map({ actor: actor.expr, object: object.expr, events }), row]),
    new Cypher.Return([Cypher.collect(row), rows]),
  );
  return {
    prelude: [new Cypher.Call(body, [o])],
    expr: rows,
    decode: (raw: unknown) => {
      const positions = list(raw).map((x) => {
        const v = x as Raw;
        const stanceEvents = list(v.events).map((s) => ({ id: String((s as Raw).id), date: ((s as Raw).date as string | null) ?? null, relation: String((s as Raw).relation) }));
        return summarisePosition(actor.decode(v.actor), object.decode(v.object), stanceEvents);
      });
      return positions.sort(byWeight);
    },
  };
}

type Nested = (n: Cypher.Node, f: FieldSelection) => Projection<unknown>;

const ENTITY_NESTED: Record<string, Nested> = {
  ...Object.fromEntries(Object.keys(LINK_FIELDS).map((name) => [name, links])),
  events: (n, f) => anchoredEvents(n, f, ['BY', 'TOWARD', 'ABOUT'], null),
  meetings: (n, f) => anchoredEvents(n, f, ['ABOUT', 'TOWARD'], ['MET_WITH', 'DISCUSSED', 'AGREED']),
  relations,
  standpoints,
};

/** Scalars asked of the anchor end of a structural field (the body of a format's members is the format). */
function anchorScalars(selection: readonly FieldSelection[]): string[] {
  return selection.flatMap((f) => {
    const anchor = LINK_FIELDS[f.name]?.anchor;
    return anchor ? (merged(f.fields, anchor)?.fields ?? []).map((g) => g.name) : [];
  });
}

/** Fields computed by grouping (an aggregation in a CALL before the projection). */
const GROUPED = new Set(['relations', 'standpoints']);

/**
 * The projection of an entity node: the properties asked for, and every nested field the compiler
 * knows as a subquery under its response key. A nested field it does not know is left to that
 * field's resolver (and its loader). `nesting` says which nested fields the statement reads:
 * - `all`: every field the compiler knows;
 * - `ungrouped`: inside a COLLECT subquery (participants, linked entities, speakers) grouped fields
 *   are left to their resolvers: Neo4j refuses a projection whose COLLECT subquery aggregates
 *   ("implicit grouping expressions");
 * - `none`: an entity that is the same on every row (the actor of an actor's positions, the object
 *   of the standpoints on it) reads its properties only; a subquery would run once per row (a
 *   state's relations under its hundreds of positions took 6 s), its loader runs it once.
 */
export type Nesting = 'all' | 'ungrouped' | 'none';

export function entityProjection(n: Cypher.Node, selection: readonly FieldSelection[], nesting: Nesting = 'all'): Projection<EntityRecord> {
  const props = new Set(ALWAYS);
  for (const name of [...selection.map((f) => f.name), ...anchorScalars(selection)]) {
    if (ENTITY_PROPS.has(name)) props.add(name);
    // A topic may carry only a label: the name falls back to it.
    if (name === 'name') props.add('name').add('label');
  }
  const extra: Record<string, Cypher.Expr> = {};
  const decoders: Array<[string, (raw: unknown) => unknown]> = [];
  const prelude: Cypher.Clause[] = [];
  for (const f of selection) {
    const nested = ENTITY_NESTED[f.name];
    if (!nested || preKey(f.alias) in extra || nesting === 'none' || (nesting === 'ungrouped' && GROUPED.has(f.name))) continue;
    const sameKey = selection.filter((g) => g.alias === f.alias && g.name === f.name);
    const projection = nested(n, { ...f, fields: sameKey.flatMap((g) => g.fields) });
    extra[preKey(f.alias)] = projection.expr;
    prelude.push(...projection.prelude);
    decoders.push([f.alias, projection.decode]);
  }
  return {
    prelude,
    expr: new Cypher.MapProjection(n, [...props], extra),
    decode: (raw) => {
      const v = raw as Raw;
      const record = entityRecord(v);
      if (decoders.length) {
        const values: Prefetched = {};
        for (const [alias, decode] of decoders) values[alias] = decode(v[preKey(alias)]);
        Object.defineProperty(record, PREFETCHED, { value: values, enumerable: false });
      }
      return record;
    },
  };
}
