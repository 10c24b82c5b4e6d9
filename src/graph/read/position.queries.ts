import Cypher from '@neo4j/cypher-builder';

import { ADDRESSEE_RELATIONS, Position, STANCE_RELATIONS, summarisePosition, byWeight } from '../../model/stance';
import { EntityRecord } from '../records';
import { all, before, dateRange, list, notRetracted, param, Raw, sortDate, types } from './cypher-parts';
import { entityProjection } from './entity.projection';
import { eventProjection } from './event.projection';
import { BuiltRead } from './operation.queries';
import { FieldSelection, merged, Prefetched, PREFETCHED } from './selection';

/**
 * An actor's positions in one statement: its stance events grouped by what they are about (the
 * rule of api.positionsByActors), each group's latest event projected as selected when asked.
 */
export function positionsOfActor(actorId: string, from: string | null, to: string | null, selection: readonly FieldSelection[]): BuiltRead<Array<Position<EntityRecord>>> {
  const [a, e, o, latest] = [new Cypher.Node(), new Cypher.Node(), new Cypher.Node(), new Cypher.Node()];
  const events = new Cypher.Variable();
  const actor = entityProjection(a, merged(selection, 'actor')?.fields ?? [], 'none');
  const object = entityProjection(o, merged(selection, 'object')?.fields ?? []);
  const latestField = selection.filter((f) => f.name === 'latest');
  const latestProjection = latestField.length ? eventProjection(latest, latestField.flatMap((f) => f.fields)) : undefined;
  const objects = new Cypher.Union(
    new Cypher.Match(new Cypher.Pattern(e).related({ type: 'ABOUT' }).to(o, { labels: ['Entity'] })).return(o),
    new Cypher.Match(new Cypher.Pattern(e).related({ type: 'TOWARD' }).to(o, { labels: ['Entity'] }))
      .where(
        Cypher.and(
          Cypher.not(new Cypher.Exists(new Cypher.Match(new Cypher.Pattern(e).related({ type: 'ABOUT' }).to({ labels: ['Entity'] })))),
          Cypher.not(Cypher.and(o.hasLabel('Actor'), Cypher.in(e.property('type'), param(ADDRESSEE_RELATIONS)))),
        ),
      )
      .return(o),
  );
  const match = new Cypher.Match(new Cypher.Pattern(a, { labels: ['Entity'], properties: { id: param(actorId) } }).related({ type: types('BY'), direction: 'left' }).to(e, { labels: ['Event'] })).where(
    all(Cypher.in(e.property('type'), param(STANCE_RELATIONS)), notRetracted(e), Cypher.not(Cypher.coalesce(e.property('negated'), Cypher.false)), dateRange(e, from, to))!,
  );
  const grouped = new Cypher.With(a, o, e)
    .orderBy([sortDate(e), 'ASC'], [e.property('id'), 'ASC'])
    .with(a, o, [Cypher.collect(new Cypher.Map({ id: e.property('id'), date: Cypher.toString(e.property('date')), relation: e.property('type') })), events], [Cypher.last(Cypher.collect(e)), latest]);
  const row = new Cypher.Variable();
  const rows = new Cypher.NamedVariable('rows');
  const entries: Record<string, Cypher.Expr> = { actor: actor.expr, object: object.expr, events };
  if (latestProjection) entries.latest = latestProjection.expr;
  const clause = Cypher.utils.concat(
    before([match, new Cypher.Call(objects, [e]), grouped], actor, object, ...(latestProjection ? [latestProjection] : [])),
    new Cypher.With([new Cypher.Map(entries), row]),
    new Cypher.Return([Cypher.collect(row), rows]),
  );
  const { cypher, params } = clause.build();
  return {
    cypher,
    params,
    decode: (result) => {
      const positions = list(result[0]?.rows).map((x) => {
        const v = x as Raw;
        const stanceEvents = list(v.events).map((s) => ({ id: String((s as Raw).id), date: ((s as Raw).date as string | null) ?? null, relation: String((s as Raw).relation) }));
        const position = summarisePosition(actor.decode(v.actor), object.decode(v.object), stanceEvents);
        if (latestProjection) {
          const values: Prefetched = Object.fromEntries(latestField.map((f) => [f.alias, latestProjection.decode(v.latest)]));
          Object.defineProperty(position, PREFETCHED, { value: values, enumerable: false });
        }
        return position;
      });
      return positions.sort(byWeight);
    },
  };
}
