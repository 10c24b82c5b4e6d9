import { RELATIONS, STRUCTURAL_TYPES } from '../model/vocabulary';
import { Executor } from './executor';
import { EntityRecord, entityRecord, EventRecord, eventRecord } from './records';

/** Edge types a traversal may follow: the projected event relations and the structural ones. */
export const TRAVERSABLE_TYPES: readonly string[] = [...RELATIONS, ...STRUCTURAL_TYPES];

export interface NeighbourhoodOptions {
  hops: number;
  types?: string[] | null;
  from?: string | null;
  to?: string | null;
  maxNodes: number;
  /** add the edges among the entities of the last hop */
  closure?: boolean;
}

export interface NetworkEdge {
  source: string;
  target: string;
  type: string;
  count: number;
  first: string | null;
  last: string | null;
}

export interface Neighbourhood {
  center: EntityRecord;
  nodes: Array<{ entity: EntityRecord; distance: number }>;
  edges: NetworkEdge[];
  /** true when the node cap cut the answer short */
  truncated: boolean;
}

export interface PathHop {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  event: EventRecord | null;
}

export interface GraphPath {
  nodes: EntityRecord[];
  hops: PathHop[];
}

/** Edges seen in one step can be many; a step never returns more rows than this. */
const STEP_EDGE_CAP = 5000;

export function allowedTypes(types?: string[] | null): string[] {
  if (!types?.length) return [...TRAVERSABLE_TYPES];
  const bad = types.filter((t) => !TRAVERSABLE_TYPES.includes(t));
  if (bad.length) throw new Error(`not a traversable relation: ${bad.join(', ')}`);
  return types;
}

/** Neighbourhoods and paths over the entity graph (projected event edges and structural relations). */
export class NetworkRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Breadth first, one statement per hop (so at most three), in one read transaction; nodes are
   * added in the order of their edges' weight until the cap. The center comes with its first hop's
   * edges (a lookup of its own only when it has none).
   */
  async neighbourhood(centerId: string, options: NeighbourhoodOptions): Promise<Neighbourhood | null> {
    const types = allowedTypes(options.types);
    return this.executor.read(async (q) => {
      const step = (frontier: string[]) => q.run('api.neighbourhoodStep', { frontier, types, from: options.from ?? null, to: options.to ?? null, cap: STEP_EDGE_CAP });
      // The first hop's edges carry the center; only an entity without edges needs a lookup of its own.
      const firstRows = await step([centerId]);
      const ends = firstRows.flatMap((row) => [row.source, row.target] as Array<Record<string, unknown>>);
      const centerProps = ends.find((e) => e.id === centerId) ?? ((await q.run('api.entitiesByIds', { ids: [centerId] }))[0]?.entity as Record<string, unknown> | undefined);
      if (!centerProps) return null;
      const center = entityRecord(centerProps);
      const distance = new Map<string, number>([[center.id, 0]]);
      const entities = new Map<string, EntityRecord>([[center.id, center]]);
      const edges = new Map<string, NetworkEdge>();
      let truncated = false;
      let frontier = [center.id];
      for (let hop = 1; hop <= options.hops && frontier.length > 0; hop++) {
        const rows = hop === 1 ? firstRows : await step(frontier);
        if (rows.length >= STEP_EDGE_CAP) truncated = true;
        const next: string[] = [];
        for (const row of rows) {
          const source = entityRecord(row.source as Record<string, unknown>);
          const target = entityRecord(row.target as Record<string, unknown>);
          for (const node of [source, target]) {
            if (distance.has(node.id)) continue;
            if (entities.size >= options.maxNodes) {
              truncated = true;
              continue;
            }
            distance.set(node.id, hop);
            entities.set(node.id, node);
            next.push(node.id);
          }
          if (!entities.has(source.id) || !entities.has(target.id)) continue;
          const key = `${source.id}|${row.type}|${target.id}`;
          if (!edges.has(key)) {
            edges.set(key, {
              source: source.id,
              target: target.id,
              type: String(row.type),
              count: Number(row.count),
              first: (row.first as string | null) ?? null,
              last: (row.last as string | null) ?? null,
            });
          }
        }
        frontier = next;
      }
      if (options.closure && frontier.length > 0) {
        // one more round trip, whatever the size: the edges among the last hop's entities
        const rows = await q.run('api.neighbourhoodClosure', { frontier, ids: [...entities.keys()], types, from: options.from ?? null, to: options.to ?? null, cap: STEP_EDGE_CAP });
        for (const row of rows) {
          const key = `${row.source}|${row.type}|${row.target}`;
          if (edges.has(key)) continue;
          edges.set(key, {
            source: String(row.source),
            target: String(row.target),
            type: String(row.type),
            count: Number(row.count),
            first: (row.first as string | null) ?? null,
            last: (row.last as string | null) ?? null,
          });
        }
      }
      return {
        center,
        nodes: [...entities.values()].map((entity) => ({ entity, distance: distance.get(entity.id)! })),
        edges: [...edges.values()],
        truncated,
      };
    }, 'api.neighbourhood');
  }

  async shortestPaths(from: string, to: string, options: { maxHops: number; types?: string[] | null; limit: number }): Promise<GraphPath[]> {
    const rows = await this.executor.query('api.shortestPaths', { from, to, maxHops: options.maxHops, types: allowedTypes(options.types), limit: options.limit });
    return rows.map((row) => ({
      nodes: (row.nodes as Array<Record<string, unknown>>).map(entityRecord),
      hops: (row.hops as Array<Record<string, unknown>>).map((h) => ({
        type: String(h.type),
        from: String(h.from),
        to: String(h.to),
        props: (h.props as Record<string, unknown>) ?? {},
        event: h.event ? eventRecord({ event: h.event, evidence: h.evidence, by: [], toward: [], about: [] }) : null,
      })),
    }));
  }
}
