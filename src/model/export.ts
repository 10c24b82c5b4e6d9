/**
 * What an export is made of: the entities, the edges between them (event edges aggregated per
 * source, relation and target; structural edges from reference knowledge) and the events with
 * their evidence. The repository builds them from the graph; the formatters only write them.
 */

export interface ExportNode {
  id: string;
  name: string;
  /** Person, State, Organization, Group, Format, Agreement, Place, Topic, PeaceProcess */
  kind: string;
  labels: string[];
  /** ISO 3166-1 alpha-3: a state's own code, or the country of a person, group or place */
  country: string | null;
  acronym: string | null;
  aliases: string[];
  /** exported events the entity takes part in (as actor, target or object) */
  events: number;
}

export type EdgeCategory = 'event' | 'structural';

export interface ExportEdge {
  source: string;
  target: string;
  /** ACCUSED, MET_WITH ... for event edges; LEADER_OF, MEMBER_OF ... for structural ones */
  relation: string;
  category: EdgeCategory;
  /** the first event's date (event edges) or the start of the relation (structural), YYYY-MM-DD */
  date: string | null;
  /** the last event's date (event edges) or the end of the relation (structural) */
  lastDate: string | null;
  /** how many exported events the edge stands for (0 for structural edges) */
  events: number;
  eventIds: string[];
}

export interface ExportParticipant {
  id: string;
  name: string;
  kind: string;
  country: string | null;
}

export interface ExportEvidence {
  sentence: string;
  start: number;
  end: number;
  speaker: string | null;
  article: {
    id: string;
    publisher: string | null;
    url: string | null;
    title: string | null;
    published: string | null;
  };
}

export interface ExportEvent {
  id: string;
  relation: string;
  plover: string | null;
  mode: string | null;
  date: string | null;
  /** "text" when the text states the date, "article" when it is the reporting article's date */
  dateSource: string | null;
  negated: boolean;
  confidence: number;
  sources: number;
  by: ExportParticipant[];
  toward: ExportParticipant[];
  about: ExportParticipant[];
  /** oldest article first */
  evidence: ExportEvidence[];
}

/** Which events an export holds; nodes and edges follow from them. */
export interface ExportFilter {
  since: string | null;
  until: string | null;
  /** entity ids: events where any of them is an actor or a target */
  actors: string[] | null;
}

export const isFiltered = (f: ExportFilter): boolean => f.since !== null || f.until !== null || f.actors !== null;
