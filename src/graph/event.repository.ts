import { SYMMETRIC } from '../model/plan';
import { RELATIONS } from '../model/vocabulary';
import { Executor } from './executor';
import { EventRecord, eventRecord, IdPage } from './records';

export interface EventFilter {
  relations?: string[] | null;
  plover?: string[] | null;
  /** an actor as source or target */
  actor?: string | null;
  source?: string | null;
  target?: string | null;
  /** topics, agreements, formats or places every event must be about */
  about?: string[];
  /** an entity in any role: source, target or object */
  involving?: string | null;
  from?: string | null;
  to?: string | null;
  minSources?: number | null;
  speaker?: string | null;
  includeRetracted?: boolean;
  ascending?: boolean;
}

/** The roles an anchor entity can play in an event: the edge types from the event to it. */
export const EVENT_ROLES = ['BY', 'TOWARD', 'ABOUT'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

export interface AnchoredEventOptions {
  roles: EventRole[];
  relations?: string[] | null;
  from?: string | null;
  to?: string | null;
  limit: number;
}

export interface RelationGroup {
  direction: 'OUTGOING' | 'INCOMING' | 'MUTUAL';
  relation: string;
  counterpart: Record<string, unknown>;
  count: number;
  first: string | null;
  last: string | null;
}

export interface RelationOptions {
  relations?: string[] | null;
  from?: string | null;
  to?: string | null;
  limit: number;
}

const relationList = (relations?: string[] | null) => {
  if (!relations?.length) return null;
  for (const r of relations) if (!(RELATIONS as readonly string[]).includes(r)) throw new Error(`unknown relation ${r}`);
  return relations;
};

/** Events for the API: filtered pages, the events of many entities at once, details, summaries, retraction. */
export class EventRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: EventFilter, skip: number, limit: number): Promise<IdPage> {
    const [row] = await this.executor.query('api.events', {
      relations: relationList(filter.relations),
      plover: filter.plover?.length ? filter.plover : null,
      actor: filter.actor ?? null,
      source: filter.source ?? null,
      target: filter.target ?? null,
      about: filter.about ?? [],
      involving: filter.involving ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      minSources: filter.minSources ?? null,
      speaker: filter.speaker ?? null,
      includeRetracted: filter.includeRetracted ?? false,
      ascending: filter.ascending ?? false,
      skip,
      limit,
    });
    return { total: Number(row?.total ?? 0), ids: ((row?.ids as string[]) ?? []).map(String) };
  }

  /** The newest events of each anchor entity, in one statement for all anchors. */
  async idsByAnchors(anchors: readonly string[], options: AnchoredEventOptions): Promise<Map<string, IdPage>> {
    const roles = options.roles.filter((r) => (EVENT_ROLES as readonly string[]).includes(r));
    const rows = await this.executor.query('api.eventIdsByAnchors', {
      anchors: [...new Set(anchors)],
      roles,
      relations: relationList(options.relations),
      from: options.from ?? null,
      to: options.to ?? null,
      limit: options.limit,
    });
    return new Map(rows.map((r) => [String(r.anchor), { total: Number(r.total), ids: (r.ids as string[]).map(String) }]));
  }

  async details(ids: readonly string[]): Promise<Map<string, EventRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.executor.query('api.eventDetails', { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => [String(r.id), eventRecord(r)]));
  }

  /** Relations of many entities, grouped by relation, direction and counterpart. */
  async relationsByActors(ids: readonly string[], options: RelationOptions): Promise<Map<string, { total: number; groups: RelationGroup[] }>> {
    const rows = await this.executor.query('api.relationsByActors', {
      ids: [...new Set(ids)],
      relations: relationList(options.relations),
      symmetric: [...SYMMETRIC],
      from: options.from ?? null,
      to: options.to ?? null,
      limit: options.limit,
    });
    return new Map(rows.map((r) => [String(r.id), { total: Number(r.total), groups: r.groups as RelationGroup[] }]));
  }

  /** Marks an event retracted (or restores it); false when there is no such event. */
  async setRetracted(id: string, retracted: boolean, reason: string | null): Promise<boolean> {
    const rows = await this.executor.write((q) => q.run('api.setRetracted', { id, retracted, reason }), 'api.setRetracted');
    return rows.length > 0;
  }
}
