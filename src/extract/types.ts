/**
 * The extraction contract (DESIGN.md, "Contracts"): what `diplograph extract` prints and what the
 * graph writer reads. Plain JSON-serialisable values only.
 */

export const RELATIONS = [
  'MET_WITH',
  'VISITED',
  'DISCUSSED',
  'AGREED',
  'SUPPORTED',
  'COOPERATED',
  'PROVIDED_AID',
  'CONCEDED',
  'RETREATED',
  'ACCUSED',
  'CRITICIZED',
  'CALLED_FOR',
  'REJECTED',
  'WARNED',
  'EXPRESSED_CONCERN',
  'PROTESTED',
  'MOBILIZED',
  'SANCTIONED',
  'COERCED',
  'ATTACKED',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const PLOVER_CATEGORIES = [
  'CONSULT',
  'AGREE',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'CONCEDE',
  'RETREAT',
  'ACCUSE',
  'REQUEST',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'MOBILIZE',
  'SANCTION',
  'COERCE',
  'ASSAULT',
  'STATEMENT',
] as const;
export type PloverCategory = (typeof PLOVER_CATEGORIES)[number];

/** Relation -> PLOVER category, as in DESIGN.md's vocabulary table. */
export const RELATION_PLOVER: Record<Relation, PloverCategory> = {
  MET_WITH: 'CONSULT',
  VISITED: 'CONSULT',
  DISCUSSED: 'CONSULT',
  AGREED: 'AGREE',
  SUPPORTED: 'SUPPORT',
  COOPERATED: 'COOPERATE',
  PROVIDED_AID: 'AID',
  CONCEDED: 'CONCEDE',
  RETREATED: 'RETREAT',
  ACCUSED: 'ACCUSE',
  CRITICIZED: 'ACCUSE',
  CALLED_FOR: 'REQUEST',
  REJECTED: 'REJECT',
  WARNED: 'THREATEN',
  EXPRESSED_CONCERN: 'STATEMENT',
  PROTESTED: 'PROTEST',
  MOBILIZED: 'MOBILIZE',
  SANCTIONED: 'SANCTION',
  COERCED: 'COERCE',
  ATTACKED: 'ASSAULT',
};

export const ENTITY_KINDS = ['Person', 'State', 'Organization', 'Group', 'Format', 'Agreement', 'Place', 'Topic'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const MODES = ['phone', 'video', 'visit', 'meeting', 'third-party', 'disapprove'] as const;
export type Mode = (typeof MODES)[number];

export interface Mention {
  text: string;
  /** character offsets into the article text, end exclusive */
  start: number;
  end: number;
}

export interface ExtractedEntity {
  /** stable id, the same across articles: "person:vladimir-putin", "state:RUS", "topic:security-guarantees" */
  id: string;
  name: string;
  kind: EntityKind;
  /** ISO 3166-1 alpha-3 of the state the entity belongs to (a state carries its own) */
  country?: string;
  /** true when the entity is not in the reference knowledge (found only in text) */
  unknown?: boolean;
  mentions: Mention[];
}

export interface ExtractedEvent {
  /** stable within the document: "e1", "e2", ... */
  id: string;
  relation: Relation;
  plover: PloverCategory;
  mode?: Mode;
  /** ISO date YYYY-MM-DD when known */
  date?: string;
  negated: boolean;
  /** 0..1 */
  confidence: number;
  source: string[];
  target: string[];
  about: string[];
  /** entity id of who said it, when the event is read inside reported speech */
  speaker?: string;
  /** the dictionary pattern that coded the event ("verb:urge", "CAMEO ASK * AID [023]"), so an analyst can ask why */
  pattern?: string;
  sentence: string;
  start: number;
  end: number;
}

export interface ExtractionResult {
  entities: ExtractedEntity[];
  events: ExtractedEvent[];
}

export interface ArticleInput {
  text: string;
  /** article date, YYYY-MM-DD (an ISO date-time gives its day, as `normaliseDate` reads it); titles and relative dates stay unresolved without it or with a value that names no day */
  date?: string;
  title?: string;
  /** who published it ("The White House", "en.kremlin.ru"): a bare title ("the President") names its own state's holder */
  publisher?: string;
}
