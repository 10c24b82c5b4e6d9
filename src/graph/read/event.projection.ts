import Cypher from '@neo4j/cypher-builder';

import { articleRecord, EntityRecord } from '../records';
import { entityProjection } from './entity.projection';
import { before, list, Projection, Raw, types } from './cypher-parts';
import { FieldSelection, merged } from './selection';

/** Scalar fields of an event: the API field, and the expression on the event node that gives it. */
const EVENT_SCALARS: Record<string, (e: Cypher.Node) => Cypher.Expr> = {
  id: (e) => e.property('id'),
  relation: (e) => e.property('type'),
  plover: (e) => e.property('plover'),
  mode: (e) => e.property('mode'),
  // dates as strings from the database: the driver's decoding of a date struct is integer arithmetic
  date: (e) => Cypher.toString(e.property('date')),
  dateSource: (e) => e.property('dateSource'),
  negated: (e) => Cypher.coalesce(e.property('negated'), Cypher.false),
  confidence: (e) => Cypher.coalesce(e.property('confidence'), new Cypher.Literal(0)),
  sources: (e) => Cypher.coalesce(e.property('sources'), new Cypher.Count(new Cypher.Match(new Cypher.Pattern(e).related({ type: 'REPORTED_IN' }).to({ labels: ['Article'] })))),
  retracted: (e) => Cypher.coalesce(e.property('retracted'), Cypher.false),
  retractedReason: (e) => e.property('retractedReason'),
};

const SCALAR_DECODE: Record<string, (v: unknown) => unknown> = {
  id: String,
  relation: String,
  negated: (v) => v === true,
  confidence: Number,
  sources: Number,
  retracted: (v) => v === true,
};

/** Entities one edge away from the event, ordered by name so that every reader lists them alike. */
function neighbours(e: Cypher.Node, roles: string[], selection: FieldSelection, where?: (n: Cypher.Node) => Cypher.Predicate): Projection<EntityRecord[]> {
  const n = new Cypher.Node();
  const inner = entityProjection(n, selection.fields, 'ungrouped');
  const match = new Cypher.Match(new Cypher.Pattern(e).related({ type: types(...roles) }).to(n, { labels: ['Entity'] }));
  if (where) match.where(where(n));
  const clause = before([match, new Cypher.With(n).orderBy([n.property('name'), 'ASC'], [n.property('id'), 'ASC'])], inner);
  return { expr: new Cypher.Collect(Cypher.utils.concat(clause, new Cypher.Return(inner.expr))), decode: (raw) => list(raw).map(inner.decode), prelude: [] };
}

/** Sources then targets, each once (the first time), each group by name. */
function participants(e: Cypher.Node, selection: FieldSelection): Projection<EntityRecord[]> {
  const n = new Cypher.Node();
  const r = new Cypher.Relationship();
  const inner = entityProjection(n, selection.fields, 'ungrouped');
  const role = new Cypher.Case(Cypher.type(r)).when(new Cypher.Literal('BY')).then(new Cypher.Literal(0)).else(new Cypher.Literal(1));
  const match = new Cypher.Match(new Cypher.Pattern(e).related(r, { type: types('BY', 'TOWARD') }).to(n, { labels: ['Entity'] }));
  const ordered = new Cypher.With(n, r).orderBy([role, 'ASC'], [n.property('name'), 'ASC'], [n.property('id'), 'ASC']);
  // Aggregating here is refused inside a projection (see Projection): DISTINCT keeps each entity's first row.
  const once = new Cypher.With(n).distinct();
  const clause = before([match, ordered, once], inner);
  return { expr: new Cypher.Collect(Cypher.utils.concat(clause, new Cypher.Return(inner.expr))), decode: (raw) => list(raw).map(inner.decode), prelude: [] };
}

/** One entry per reporting article, oldest first: the sentence, its offsets, the article, the speaker. */
function evidence(e: Cypher.Node, selection: FieldSelection): Projection<unknown[]> {
  const r = new Cypher.Relationship();
  const a = new Cypher.Node();
  const s = new Cypher.Node();
  const article = merged(selection.fields, 'article');
  const speaker = merged(selection.fields, 'speaker');
  const speakerProjection = speaker ? entityProjection(s, speaker.fields, 'ungrouped') : undefined;
  const entries: Record<string, Cypher.Expr> = {
    sentence: r.property('sentence'),
    start: r.property('start'),
    end: r.property('end'),
  };
  if (article) entries.article = new Cypher.MapProjection(a, ['id', ...['publisher', 'url', 'title', 'published'].filter((p) => article.fields.some((g) => g.name === p))]);
  if (speakerProjection) entries.speaker = speakerProjection.expr;
  let clause: Cypher.Clause = new Cypher.Match(new Cypher.Pattern(e).related(r, { type: 'REPORTED_IN' }).to(a, { labels: ['Article'] }));
  if (speakerProjection) {
    clause = Cypher.utils.concat(clause, new Cypher.OptionalMatch(new Cypher.Pattern(s, { labels: ['Entity'], properties: { id: r.property('speaker') } })));
  }
  const ordered = new Cypher.With(r, a, ...(speakerProjection ? [s] : [])).orderBy([a.property('published'), 'ASC'], [a.property('id'), 'ASC']);
  const body = speakerProjection ? before([clause, ordered], speakerProjection) : Cypher.utils.concat(clause, ordered);
  return {
    prelude: [],
    expr: new Cypher.Collect(Cypher.utils.concat(body, new Cypher.Return(new Cypher.Map(entries)))),
    decode: (raw) =>
      list(raw).map((x) => {
        const v = x as Raw;
        return {
          sentence: String(v.sentence ?? ''),
          start: Number(v.start ?? 0),
          end: Number(v.end ?? 0),
          speaker: v.speaker && speakerProjection ? speakerProjection.decode(v.speaker) : null,
          article: v.article ? articleRecord(v.article as Raw) : null,
        };
      }),
  };
}

type Nested = (e: Cypher.Node, selection: FieldSelection) => Projection<unknown>;

const EVENT_LISTS: Record<string, Nested> = {
  by: (e, s) => neighbours(e, ['BY'], s),
  toward: (e, s) => neighbours(e, ['TOWARD'], s),
  about: (e, s) => neighbours(e, ['ABOUT'], s),
  topics: (e, s) => neighbours(e, ['ABOUT'], s, (n) => Cypher.eq(Cypher.coalesce(n.property('kind'), new Cypher.Literal('Topic')), new Cypher.Literal('Topic'))),
  participants,
  evidence,
};

/**
 * The projection of an event node: only the fields asked for, each nested list as a COLLECT
 * subquery. Every field of Event is a plain value (no resolver), so the decoded object carries
 * them by field name; fields asked twice under two aliases are read once with both selections.
 */
export function eventProjection(e: Cypher.Node, selection: readonly FieldSelection[]): Projection<Raw> {
  const entries: Record<string, Cypher.Expr> = { id: e.property('id') };
  const decoders: Record<string, (v: unknown) => unknown> = { id: String };
  for (const name of new Set(selection.map((f) => f.name))) {
    if (name in EVENT_SCALARS) {
      entries[name] = EVENT_SCALARS[name](e);
      decoders[name] = SCALAR_DECODE[name] ?? ((v) => (v === undefined ? null : v));
    } else if (name in EVENT_LISTS) {
      const nested = EVENT_LISTS[name](e, merged(selection, name)!);
      entries[name] = nested.expr;
      decoders[name] = nested.decode;
    }
  }
  return {
    prelude: [],
    expr: new Cypher.Map(entries),
    decode: (raw) => {
      const v = raw as Raw;
      const out: Raw = {};
      for (const [name, decode] of Object.entries(decoders)) out[name] = decode(v[name]);
      return out;
    },
  };
}
