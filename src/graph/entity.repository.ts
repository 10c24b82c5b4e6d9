import { STRUCTURAL_TYPES, StructuralType } from '../model/vocabulary';
import { EntityRecord, entityRecord } from './records';
import { Executor } from './executor';

/** Structural relation types the API reads, and the only ones it splices into queries. */
export { STRUCTURAL_TYPES };
export type { StructuralType };

export type LinkDirection = 'OUT' | 'IN';

export interface LinkKey {
  id: string;
  type: StructuralType;
  direction: LinkDirection;
}

/** A structural relationship seen from one end: the entity at the other end and the relationship's properties. */
export interface Link {
  node: EntityRecord;
  props: Record<string, unknown>;
}

export interface GraphStatistics {
  entities: Array<{ kind: string; count: number }>;
  events: Array<{ relation: string; count: number }>;
  articles: number;
  retracted: number;
}

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** A Lucene query out of free text: every word must match, as a word or a word prefix. */
export function fulltextQuery(text: string): string {
  const words = text
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !/^(AND|OR|NOT|TO)$/.test(w))
    .map((w) => w.toLowerCase());
  return words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
}

/** Entities for the API: by id, structural links, counts (selection-following reads are in ReadRepository). */
export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, EntityRecord>> {
    const rows = await this.executor.query('api.entitiesByIds', { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => [String(r.id), entityRecord(r.entity as Record<string, unknown>)]));
  }

  /** The entity a name or alias stands for (reference entities first), for curation's one-id-per-name rule. */
  async byName(name: string): Promise<EntityRecord | null> {
    const [row] = await this.executor.query('api.entityByName', { name });
    return row ? entityRecord(row.entity as Record<string, unknown>) : null;
  }

  async existingIds(ids: string[]): Promise<Set<string>> {
    const [row] = await this.executor.query('api.existingIds', { ids });
    return new Set(((row?.found as string[]) ?? []).map(String));
  }

  /** Structural links of many entities in one statement; keys with no links come back empty. */
  async links(keys: readonly LinkKey[]): Promise<Map<string, Link[]>> {
    for (const key of keys) {
      if (!STRUCTURAL_TYPES.includes(key.type) || (key.direction !== 'OUT' && key.direction !== 'IN')) {
        throw new Error(`not an allowed structural link: ${key.type} ${key.direction}`);
      }
    }
    const rows = await this.executor.query('api.linksByIds', { keys: keys.map((k) => ({ id: k.id, type: k.type, direction: k.direction })) });
    const out = new Map<string, Link[]>();
    for (const row of rows) {
      const links = (row.links as Array<{ rel: Record<string, unknown>; node: Record<string, unknown> }>).map((l) => ({ node: entityRecord(l.node), props: l.rel }));
      out.set(linkKey({ id: String(row.id), type: row.type as StructuralType, direction: row.direction as LinkDirection }), links);
    }
    return out;
  }

  async statistics(): Promise<GraphStatistics> {
    const [row] = await this.executor.query('api.statistics');
    return {
      entities: ((row?.entities as GraphStatistics['entities']) ?? []).map((e) => ({ kind: String(e.kind), count: Number(e.count) })),
      events: ((row?.events as GraphStatistics['events']) ?? []).map((e) => ({ relation: String(e.relation), count: Number(e.count) })),
      articles: Number(row?.articles ?? 0),
      retracted: Number(row?.retracted ?? 0),
    };
  }
}

export function linkKey(key: LinkKey): string {
  return `${key.id}|${key.type}|${key.direction}`;
}
