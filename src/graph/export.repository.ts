import { ExportEdge, ExportEvent, ExportEvidence, ExportFilter, ExportNode, ExportParticipant, isFiltered } from '../model/export';
import { Executor, Params, Row } from './executor';
import { eventFields } from './records';

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Reference knowledge's kind labels; the first a node carries names its kind when `kind` is unset. */
const KIND_LABELS = ['Person', 'State', 'Organization', 'Group', 'Format', 'Agreement', 'Place', 'Topic', 'PeaceProcess'];

export interface ExportCounts {
  /** every entity: the edge pass reads each */
  entities: number;
  events: number;
  /** the entities the exported events name */
  named: number;
}

export interface ActorMatch {
  key: string;
  matches: Array<{ id: string; name: string; kind: string }>;
  suggestions: Array<{ id: string; name: string }>;
}

/**
 * Reads an export out of the graph in pages (keyset on id, one read transaction a page), so that
 * a corpus of any size streams through in bounded memory. Retracted events are never exported.
 */
export class ExportRepository {
  constructor(
    private readonly executor: Executor,
    private readonly pageSize = 500,
  ) {}

  async counts(filter: ExportFilter): Promise<ExportCounts> {
    const [row] = await this.executor.query('export.count', filterParams(filter));
    return { entities: Number(row?.entities ?? 0), events: Number(row?.events ?? 0), named: Number(row?.named ?? 0) };
  }

  /** What each --actor value names: an entity id, or an exact name. */
  async resolveActors(keys: string[]): Promise<ActorMatch[]> {
    const rows = await this.executor.query('export.resolveActors', { keys });
    return rows.map((r) => ({
      key: String(r.key),
      matches: (r.matches as Props[]).map((m) => ({ id: String(m.id), name: String(m.name ?? m.id), kind: String(m.kind ?? '') })),
      suggestions: (r.suggestions as Props[]).map((m) => ({ id: String(m.id), name: String(m.name ?? m.id) })),
    }));
  }

  async *nodes(filter: ExportFilter, onPage?: (scanned: number) => void): AsyncGenerator<ExportNode> {
    for await (const rows of this.pages('export.nodes', filter, (r) => String((r.node as Props).id))) {
      onPage?.(rows.length);
      for (const row of rows) yield exportNode(row);
    }
  }

  /** `onPage` is told how many entities each page read, edges or not. */
  async *edges(filter: ExportFilter, onPage?: (scanned: number) => void): AsyncGenerator<ExportEdge> {
    for await (const rows of this.pages('export.edges', filter, (r) => String(r.source))) {
      onPage?.(rows.length);
      for (const row of rows) yield* exportEdges(row);
    }
  }

  async *events(filter: ExportFilter, onPage?: (read: number) => void): AsyncGenerator<ExportEvent> {
    for await (const rows of this.pages('export.events', filter, (r) => String((r.event as Props).id))) {
      onPage?.(rows.length);
      for (const row of rows) yield exportEvent(row);
    }
  }

  private async *pages(name: 'export.nodes' | 'export.edges' | 'export.events', filter: ExportFilter, key: (row: Row) => string): AsyncGenerator<Row[]> {
    let after = '';
    for (;;) {
      const params: Params = { ...filterParams(filter), after, limit: this.pageSize };
      const rows = await this.runPage(name, params);
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < this.pageSize) return;
      after = key(rows[rows.length - 1]);
    }
  }

  // One literal name a call, so that the Cypher library test sees every query used.
  private runPage(name: 'export.nodes' | 'export.edges' | 'export.events', params: Params): Promise<Row[]> {
    switch (name) {
      case 'export.nodes':
        return this.executor.read((q) => q.run('export.nodes', params), name);
      case 'export.edges':
        return this.executor.read((q) => q.run('export.edges', params), name);
      case 'export.events':
        return this.executor.read((q) => q.run('export.events', params), name);
    }
  }
}

function filterParams(filter: ExportFilter): Params {
  return { since: filter.since, until: filter.until, actors: filter.actors, filtered: isFiltered(filter) };
}

function kindOf(props: Props, labels: string[] = []): string {
  return str(props.kind) ?? labels.find((l) => KIND_LABELS.includes(l)) ?? 'Entity';
}

const nameOf = (props: Props): string => String(props.name ?? props.label ?? props.id);
/** A state's own code, else the country the entity belongs to. */
const countryOf = (props: Props): string | null => str(props.iso3) ?? str(props.country);

export function exportNode(row: Row): ExportNode {
  const props = row.node as Props;
  const labels = strings(row.labels).sort();
  return {
    id: String(props.id),
    name: nameOf(props),
    kind: kindOf(props, labels),
    labels,
    country: countryOf(props),
    acronym: str(props.acronym),
    aliases: strings(props.aliases),
    events: Number(row.events ?? 0),
  };
}

export function exportEdges(row: Row): ExportEdge[] {
  const source = String(row.source);
  const events = (row.events as Props[]).map(
    (e): ExportEdge => ({
      source,
      target: String(e.target),
      relation: String(e.relation),
      category: 'event',
      date: str(e.first),
      lastDate: str(e.last),
      events: strings(e.ids).length,
      eventIds: strings(e.ids),
    }),
  );
  const structural = (row.structural as Props[]).map(
    (e): ExportEdge => ({
      source,
      target: String(e.target),
      relation: String(e.relation),
      category: 'structural',
      date: str(e.from),
      lastDate: str(e.to),
      events: 0,
      eventIds: [],
    }),
  );
  return [...events, ...structural];
}

const participant = (props: Props): ExportParticipant => ({ id: String(props.id), name: nameOf(props), kind: kindOf(props), country: countryOf(props) });

export function exportEvent(row: Row): ExportEvent {
  const e = row.event as Props;
  const evidence = (row.evidence as Props[]).map((x): ExportEvidence => {
    const a = x.article as Props;
    return {
      sentence: String(x.sentence ?? ''),
      start: Number(x.start ?? 0),
      end: Number(x.end ?? 0),
      speaker: str(x.speaker),
      article: { id: String(a.id), publisher: str(a.publisher), url: str(a.url), title: str(a.title), published: str(a.published) },
    };
  });
  return {
    ...eventFields(e, evidence.length),
    by: (row.by as Props[]).map(participant),
    toward: (row.toward as Props[]).map(participant),
    about: (row.about as Props[]).map(participant),
    evidence,
  };
}
