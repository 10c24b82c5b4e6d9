import DataLoader from 'dataloader';

import { EntityRepository, Link, LinkKey, linkKey } from '../graph/entity.repository';
import { AnchoredEventOptions, EventRepository, RelationGroup, RelationOptions } from '../graph/event.repository';
import { PositionRecord, PositionRepository } from '../graph/position.repository';
import { EntityRecord, EventRecord, IdPage } from '../graph/records';

/** An event as the API shows it: the record plus what is derived from it without the database. */
export interface EventView extends EventRecord {
  participants: EntityRecord[];
  topics: EntityRecord[];
}

export function eventView(record: EventRecord): EventView {
  const seen = new Set<string>();
  const participants = [...record.by, ...record.toward].filter((e) => !seen.has(e.id) && (seen.add(e.id), true));
  return { ...record, participants, topics: record.about.filter((e) => e.kind === 'Topic') };
}

/** Runs batches after the current tick's resolvers have all asked (every list item at one depth). */
const schedule = (callback: () => void) => setImmediate(callback);

/**
 * A loader keyed by (id, options): the keys of one batch are grouped by their options, and each
 * group is one repository call (one Cypher statement) for all its ids.
 */
function keyedLoader<O, V>(load: (ids: string[], options: O) => Promise<Map<string, V>>, empty: () => V) {
  return new DataLoader<{ id: string; options: O }, V, string>(
    async (keys) => {
      const groups = new Map<string, { options: O; ids: string[] }>();
      for (const key of keys) {
        const group = JSON.stringify(key.options);
        if (!groups.has(group)) groups.set(group, { options: key.options, ids: [] });
        groups.get(group)!.ids.push(key.id);
      }
      const results = new Map<string, Map<string, V>>();
      await Promise.all(
        [...groups.entries()].map(async ([group, { options, ids }]) => {
          results.set(group, await load(ids, options));
        }),
      );
      return keys.map((key) => results.get(JSON.stringify(key.options))!.get(key.id) ?? empty());
    },
    { cacheKeyFn: (key) => `${key.id}\u0000${JSON.stringify(key.options)}`, batchScheduleFn: schedule },
  );
}

/**
 * The per-request loaders: every nested field asks a loader, and a loader asks the database once
 * for all the parents of one level, so the round trips of a request grow with its depth, not with
 * the size of its answer.
 */
export class RequestLoaders {
  readonly entity: DataLoader<string, EntityRecord | null>;
  readonly event: DataLoader<string, EventView | null>;
  readonly links: DataLoader<LinkKey, Link[], string>;
  readonly anchoredEvents: DataLoader<{ id: string; options: AnchoredEventOptions }, IdPage, string>;
  readonly relations: DataLoader<{ id: string; options: RelationOptions }, { total: number; groups: RelationGroup[] }, string>;
  readonly positionsOfActor: DataLoader<{ id: string; options: { from: string | null; to: string | null } }, PositionRecord[], string>;
  readonly positionsOnObject: DataLoader<{ id: string; options: { from: string | null; to: string | null } }, PositionRecord[], string>;

  constructor(entities: EntityRepository, events: EventRepository, positions: PositionRepository) {
    this.entity = new DataLoader(
      async (ids) => {
        const found = await entities.byIds(ids);
        return ids.map((id) => found.get(id) ?? null);
      },
      { batchScheduleFn: schedule },
    );
    this.event = new DataLoader(
      async (ids) => {
        const found = await events.details(ids);
        return ids.map((id) => {
          const record = found.get(id);
          return record ? eventView(record) : null;
        });
      },
      { batchScheduleFn: schedule },
    );
    this.links = new DataLoader(
      async (keys) => {
        const found = await entities.links(keys);
        return keys.map((key) => found.get(linkKey(key)) ?? []);
      },
      { cacheKeyFn: linkKey, batchScheduleFn: schedule },
    );
    this.anchoredEvents = keyedLoader((ids, options) => events.idsByAnchors(ids, options), () => ({ total: 0, ids: [] }));
    this.relations = keyedLoader((ids, options) => events.relationsByActors(ids, options), () => ({ total: 0, groups: [] }));
    this.positionsOfActor = keyedLoader((ids, options) => positions.byActors(ids, options), () => []);
    this.positionsOnObject = keyedLoader((ids, options) => positions.byObjects(ids, options), () => []);
  }

  /** Events by id, in order, with the ones that went missing left out. */
  async events(ids: string[]): Promise<EventView[]> {
    const loaded = await this.event.loadMany(ids);
    const failed = loaded.find((e) => e instanceof Error);
    if (failed) throw failed;
    return loaded.filter((e): e is EventView => e !== null);
  }
}
