import { ExportEvent, ExportParticipant } from '../model/export';

/**
 * One event as a PLOVER-style record, with POLECAT's field names in snake case, so that the
 * output sits next to POLECAT: event type and mode from PLOVER, actors and recipients as aligned
 * lists of ids, names and ISO 3166-1 alpha-3 country codes, and the evidence of the oldest
 * report (its sentence, publisher, url and date). `relation` keeps diplograph's finer type
 * (CRITICIZED and ACCUSED are both PLOVER ACCUSE). EXPRESSED_CONCERN has no PLOVER category:
 * its event_type is STATEMENT (CAMEO 012), as the graph stores it.
 */
export interface PloverRecord {
  event_id: string;
  event_date: string | null;
  /** "text": the text states the date; "article": the publication date of the reporting article */
  event_date_source: string | null;
  event_type: string | null;
  event_mode: string | null;
  event_text: string | null;
  relation: string;
  negated: boolean;
  confidence: number;
  actor_id: string[];
  actor_name: string[];
  actor_kind: string[];
  actor_country: Array<string | null>;
  recipient_id: string[];
  recipient_name: string[];
  recipient_kind: string[];
  recipient_country: Array<string | null>;
  context_id: string[];
  context_name: string[];
  speaker: string | null;
  story_id: string | null;
  story_date: string | null;
  source_publisher: string | null;
  source_url: string | null;
  sources: number;
  source_urls: string[];
  language: 'en';
}

export const PLOVER_FIELDS: Array<keyof PloverRecord> = [
  'event_id', 'event_date', 'event_date_source', 'event_type', 'event_mode', 'event_text', 'relation', 'negated', 'confidence',
  'actor_id', 'actor_name', 'actor_kind', 'actor_country',
  'recipient_id', 'recipient_name', 'recipient_kind', 'recipient_country',
  'context_id', 'context_name', 'speaker', 'story_id', 'story_date', 'source_publisher', 'source_url', 'sources', 'source_urls', 'language',
];

const side = (people: ExportParticipant[]) => ({
  id: people.map((p) => p.id),
  name: people.map((p) => p.name),
  kind: people.map((p) => p.kind),
  country: people.map((p) => p.country),
});

export function ploverRecord(event: ExportEvent): PloverRecord {
  const actor = side(event.by);
  const recipient = side(event.toward);
  const first = event.evidence[0];
  return {
    event_id: event.id,
    event_date: event.date,
    event_date_source: event.dateSource,
    event_type: event.plover,
    event_mode: event.mode,
    event_text: first?.sentence ?? null,
    relation: event.relation,
    negated: event.negated,
    confidence: event.confidence,
    actor_id: actor.id,
    actor_name: actor.name,
    actor_kind: actor.kind,
    actor_country: actor.country,
    recipient_id: recipient.id,
    recipient_name: recipient.name,
    recipient_kind: recipient.kind,
    recipient_country: recipient.country,
    context_id: event.about.map((p) => p.id),
    context_name: event.about.map((p) => p.name),
    speaker: first?.speaker ?? null,
    story_id: first?.article.id ?? null,
    story_date: first?.article.published ?? null,
    source_publisher: first?.article.publisher ?? null,
    source_url: first?.article.url ?? null,
    sources: event.sources,
    source_urls: event.evidence.map((e) => e.article.url).filter((u): u is string => u !== null),
    language: 'en',
  };
}

export function ploverLine(event: ExportEvent): string {
  return `${JSON.stringify(ploverRecord(event))}\n`;
}
