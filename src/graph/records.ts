/**
 * The domain values the API's repositories return: plain objects built from node and
 * relationship properties, never driver records.
 */

export interface EntityRecord {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  country: string | null;
  unknown: boolean;
  reference: boolean;
  iso3?: string | null;
  acronym?: string | null;
  key?: string | null;
  label?: string | null;
  signed?: string | null;
  paxId?: number | null;
  status?: string | null;
  agreementType?: string | null;
  stage?: string | null;
  mergedIds?: string[];
}

export interface ArticleRecord {
  id: string;
  publisher: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
}

export interface EvidenceRecord {
  sentence: string;
  start: number;
  end: number;
  speaker: EntityRecord | null;
  article: ArticleRecord;
}

export interface EventRecord {
  id: string;
  relation: string;
  plover: string | null;
  mode: string | null;
  date: string | null;
  dateSource: string | null;
  negated: boolean;
  confidence: number;
  sources: number;
  retracted: boolean;
  retractedReason: string | null;
  by: EntityRecord[];
  toward: EntityRecord[];
  about: EntityRecord[];
  evidence: EvidenceRecord[];
}

/** A page of ids out of a filtered, ordered list. */
export interface IdPage {
  total: number;
  ids: string[];
}

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function entityRecord(props: Props): EntityRecord {
  return {
    id: String(props.id),
    name: String(props.name ?? props.label ?? props.id),
    kind: String(props.kind ?? 'Topic'),
    aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
    country: str(props.country),
    unknown: props.unknown === true,
    reference: props.reference === true,
    iso3: str(props.iso3),
    acronym: str(props.acronym),
    key: str(props.key),
    label: str(props.label),
    signed: str(props.signed),
    paxId: typeof props.paxId === 'number' ? props.paxId : props.paxId === null || props.paxId === undefined ? null : Number(props.paxId),
    status: str(props.status),
    agreementType: str(props.agreementType),
    stage: str(props.stage),
    mergedIds: Array.isArray(props.mergedIds) ? props.mergedIds.map(String) : [],
  };
}

export function articleRecord(props: Props): ArticleRecord {
  return { id: String(props.id), publisher: str(props.publisher), url: str(props.url), title: str(props.title), published: str(props.published) };
}

/** The scalar part of an event node, as every reader of events shows it. */
export function eventFields(e: Props, reports: number) {
  return {
    id: String(e.id),
    relation: String(e.type),
    plover: str(e.plover),
    mode: str(e.mode),
    date: str(e.date),
    dateSource: str(e.dateSource),
    negated: e.negated === true,
    confidence: Number(e.confidence ?? 0),
    sources: Number(e.sources ?? reports),
  };
}

export function eventRecord(row: Props): EventRecord {
  const e = row.event as Props;
  const list = (v: unknown) => (Array.isArray(v) ? (v as Props[]).map(entityRecord) : []);
  const evidence = Array.isArray(row.evidence)
    ? (row.evidence as Props[]).map((x) => ({
        sentence: String(x.sentence ?? ''),
        start: Number(x.start ?? 0),
        end: Number(x.end ?? 0),
        speaker: x.speaker ? entityRecord(x.speaker as Props) : null,
        article: articleRecord(x.article as Props),
      }))
    : [];
  return {
    ...eventFields(e, evidence.length),
    retracted: e.retracted === true,
    retractedReason: str(e.retractedReason),
    by: list(row.by),
    toward: list(row.toward),
    about: list(row.about),
    evidence,
  };
}
