/** Types of model.js (plain browser JS, loaded by the unit tests through this declaration). */

export interface ViewState {
  id: string | null;
  /** Edge types shown; null for all. */
  relations: string[] | null;
  from: string | null;
  to: string | null;
  expanded: string[];
  edge: string | null;
  pathFrom: string | null;
  pathTo: string | null;
}

export interface EntityRef {
  id: string;
  name: string;
  kind: string;
}

export interface GraphNode extends EntityRef {
  distance: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  count: number;
  first: string | null;
  last: string | null;
}

export interface Graph {
  nodes: Record<string, GraphNode>;
  edges: Record<string, GraphEdge>;
}

export interface NeighbourhoodAnswer {
  nodes: Array<{ entity: EntityRef; distance: number }>;
  edges: Array<{ source: string; target: string; type: string; count: number; first?: string | null; last?: string | null }>;
}

export interface PathAnswer {
  nodes: EntityRef[];
  hops: Array<{ relation: string; forward: boolean; date?: string | null }>;
}

export interface EventAnswer {
  relation: string;
  by: Array<{ id: string }>;
  toward: Array<{ id: string }>;
  about: Array<{ id: string }>;
}

export interface PositionAnswer {
  object: EntityRef;
  stance: 'FOR' | 'AGAINST' | 'MIXED';
  supporting: number;
  opposing: number;
  timeline: Array<{ period: string; stance: 'FOR' | 'AGAINST' | 'MIXED'; supporting: number; opposing: number }>;
}

export interface PositionsChart {
  months: string[];
  hidden: number;
  rows: Array<{
    id: string;
    name: string;
    stance: string;
    supporting: number;
    opposing: number;
    cells: Array<{ period: string; column: number; stance: string; supporting: number; opposing: number; radius: number }>;
  }>;
}

export const EVENT_RELATIONS: string[];
export const STRUCTURAL_RELATIONS: string[];
export const EDGE_TYPES: string[];
export const KIND_STYLES: Record<string, { shape: string; color: string; label: string }>;
export const ACTOR_KINDS: string[];
export const STANCE_COLORS: Record<string, string>;
export function relationFamily(type: string): 'consult' | 'cooperative' | 'hostile' | 'structural';
export function isEventRelation(type: string): boolean;
export function relationLabel(type: string): string;
export function edgeId(source: string, type: string, target: string): string;
export function parseEdgeId(id: string): { source: string; type: string; target: string } | null;
export function edgeWidth(count: number): number;
export function emptyState(): ViewState;
export function encodeState(state: Partial<ViewState>): string;
export function decodeState(search: string): ViewState;
export function emptyGraph(): Graph;
export function mergeNeighbourhood(graph: Graph, neighbourhood: NeighbourhoodAnswer): { graph: Graph; addedNodes: string[]; addedEdges: string[] };
export function pathElements(path: PathAnswer): { nodes: EntityRef[]; edges: GraphEdge[] };
export function mergePath(graph: Graph, path: PathAnswer): { graph: Graph; nodeIds: string[]; edgeIds: string[] };
export function eventOnEdge(event: EventAnswer, edge: { source: string; target: string; type: string }): boolean;
export function edgeEventFilter(edge: { source: string; target: string; type: string }, state?: Partial<ViewState>): Record<string, unknown>;
export function monthAxis(periods: string[]): string[];
export function positionsChart(positions: PositionAnswer[], options?: { maxRows?: number }): PositionsChart;
export function positionsSvg(positions: PositionAnswer[], options?: { actorName?: string; maxRows?: number; width?: number }): string;
export function escapeHtml(value: unknown): string;
