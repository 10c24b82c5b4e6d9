import { createHash } from 'node:crypto';

import { EntityKind, ExtractedEvent, ExtractionResult, Relation, RELATIONS } from '../extract/types';
import { Article } from './article';

/**
 * From an article and its extracted facts to what the graph writer merges: pure, so the mapping
 * is unit-tested without a database. Labels and relation types come only from the allow-lists here.
 */

export const KIND_LABELS: Record<EntityKind, string[]> = {
  Person: ['Actor', 'Person'],
  State: ['Actor', 'State'],
  Organization: ['Actor', 'Organization'],
  Group: ['Actor', 'Group'],
  Format: ['Format'],
  Agreement: ['Agreement'],
  Place: ['Place'],
  Topic: ['Topic'],
};

/** Relations where who is "source" and who is "target" is the reporter's choice: A met B is B met A. */
export const SYMMETRIC: ReadonlySet<Relation> = new Set<Relation>(['MET_WITH', 'DISCUSSED', 'COOPERATED']);

export interface PlannedEntity {
  id: string;
  labels: string[];
  kind: EntityKind;
  name: string;
  country: string | null;
  unknown: boolean;
  /** names seen in text, kept for entities found only in text */
  aliases: string[];
  key: string | null;
}

export interface PlannedEvent {
  /** the id a new event gets; an existing event within a day under the same mergeKey is reused */
  id: string;
  mergeKey: string;
  type: Relation;
  plover: string;
  mode: string | null;
  date: string | null;
  /** where the date comes from: the text says it, or it is the article's publication date */
  dateSource: 'text' | 'article' | null;
  negated: boolean;
  confidence: number;
  source: string[];
  target: string[];
  about: string[];
  /** the direct edges that project the event between its actors and its objects */
  edges: Array<{ from: string; to: string }>;
  evidence: { sentence: string; start: number; end: number; speaker: string | null };
}

export interface ArticleWritePlan {
  article: {
    id: string;
    publisher: string | null;
    url: string | null;
    title: string | null;
    published: string | null;
    contentHash: string;
    length: number;
  };
  entities: PlannedEntity[];
  events: PlannedEvent[];
}

const PRONOUN = /^(he|she|they|it|him|her|them|his|its|their|both|the|this|that|these|those)\b/i;

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 20);
}

const sortedUnique = (ids: string[]) => [...new Set(ids)].sort();

/** Relations whose topics do not change which happening it is: a call is a call, whatever each readout says it covered. */
const TOPIC_FREE: ReadonlySet<Relation> = new Set<Relation>(['MET_WITH', 'VISITED']);

/**
 * What makes two reports the same happening: relation, negation, participants and topics. A state
 * named beside its own leader ("President Zelenskyy of Ukraine") is the leader's affiliation, not
 * another participant, so it is left out when its leader takes part.
 */
export function mergeKey(
  event: Pick<ExtractedEvent, 'relation' | 'negated' | 'source' | 'target' | 'about'>,
  countryOf: (id: string) => string | undefined = () => undefined,
): string {
  const persons = [...event.source, ...event.target].filter((id) => id.startsWith('person:'));
  const affiliations = new Set(persons.map((id) => countryOf(id)).filter((c): c is string => !!c).map((c) => `state:${c}`));
  const participants = (ids: string[]) => sortedUnique(ids.filter((id) => !affiliations.has(id)));
  const sides = SYMMETRIC.has(event.relation)
    ? [participants([...event.source, ...event.target]).join(','), '']
    : [participants(event.source).join(','), participants(event.target).join(',')];
  const about = TOPIC_FREE.has(event.relation) ? '' : sortedUnique(event.about).join(',');
  return [event.relation, event.negated ? 'not' : '', ...sides, about].join('|');
}

export function planArticleWrite(article: Article, facts: ExtractionResult): ArticleWritePlan {
  const entities = facts.entities.map((entity): PlannedEntity => {
    const labels = KIND_LABELS[entity.kind];
    if (!labels) throw new Error(`entity ${entity.id}: unknown kind "${entity.kind}"`);
    const aliases = entity.unknown
      ? sortedUnique(entity.mentions.map((m) => m.text.trim()).filter((t) => t !== entity.name && /^\p{Lu}/u.test(t) && !PRONOUN.test(t)))
      : [];
    return {
      id: entity.id,
      labels,
      kind: entity.kind,
      name: entity.name,
      country: entity.country ?? null,
      unknown: entity.unknown === true,
      aliases,
      key: entity.kind === 'Topic' ? entity.id.replace(/^topic:/, '') : null,
    };
  });
  const known = new Set(entities.map((e) => e.id));
  const countries = new Map(entities.map((e) => [e.id, e.country ?? undefined]));
  const events: PlannedEvent[] = [];
  for (const event of facts.events) {
    if (!RELATIONS.includes(event.relation)) throw new Error(`event ${event.id}: unknown relation "${event.relation}"`);
    const keep = (ids: string[]) => sortedUnique(ids.filter((id) => known.has(id)));
    const source = keep(event.source);
    if (source.length === 0) continue;
    const shaped = { ...event, source, target: keep(event.target), about: keep(event.about) };
    const key = mergeKey(shaped, (id) => countries.get(id));
    const date = event.date ?? article.published ?? null;
    // Undated events cannot be matched across articles: they stay the article's own.
    const id = `event:${hash(date ? `${key}|${date}` : `${key}|${article.id}`)}`;
    events.push({
      id,
      edges: projectEdges(shaped),
      mergeKey: key,
      type: event.relation,
      plover: event.plover,
      mode: event.mode ?? null,
      date,
      dateSource: event.date ? 'text' : date ? 'article' : null,
      negated: event.negated,
      confidence: event.confidence,
      source: shaped.source,
      target: shaped.target,
      about: shaped.about,
      evidence: { sentence: event.sentence, start: event.start, end: event.end, speaker: event.speaker ?? null },
    });
  }
  return {
    article: {
      id: article.id,
      publisher: article.publisher ?? null,
      url: article.url ?? null,
      title: article.title ?? null,
      published: article.published ?? null,
      contentHash: article.contentHash,
      length: article.text.length,
    },
    // Concurrent writers take their locks in one order (entities by id, events by key), which keeps
    // deadlocks between them rare.
    entities: [...entities].sort((a, b) => compare(a.id, b.id)),
    events: [...events].sort((a, b) => compare(a.mergeKey, b.mergeKey) || compare(a.id, b.id)),
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Each source actor to each target and each thing the event is about. A symmetric relation with
 * several actors and no target ("both leaders held talks") joins the actors pairwise.
 */
export function projectEdges(event: { relation: Relation; source: string[]; target: string[]; about: string[] }): Array<{ from: string; to: string }> {
  const edges: Array<{ from: string; to: string }> = [];
  const seen = new Set<string>();
  const add = (from: string, to: string) => {
    const key = `${from}>${to}`;
    if (from !== to && !seen.has(key)) {
      seen.add(key);
      edges.push({ from, to });
    }
  };
  for (const from of event.source) for (const to of [...event.target, ...event.about]) add(from, to);
  if (SYMMETRIC.has(event.relation) && event.target.length === 0) {
    const actors = sortedUnique(event.source);
    for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) add(actors[i], actors[j]);
  }
  return edges;
}

/** One report of an event, as the batch writer gets it: the planned event and the article reporting it. */
export type PlannedReport = PlannedEvent & { articleId: string };

export interface BatchWritePlan {
  articles: Array<ArticleWritePlan['article']>;
  entities: PlannedEntity[];
  events: PlannedReport[];
}

/**
 * Several articles' plans as one write: each entity once (aliases of every article, sorted), the
 * reports of all articles sorted by merge key, so concurrent writers take their locks in one order.
 * The articles must be distinct.
 */
export function planBatchWrite(plans: ArticleWritePlan[]): BatchWritePlan {
  const ids = new Set(plans.map((p) => p.article.id));
  if (ids.size !== plans.length) throw new Error('a batch holds an article twice');
  const entities = new Map<string, PlannedEntity>();
  for (const entity of plans.flatMap((p) => p.entities)) {
    const seen = entities.get(entity.id);
    entities.set(entity.id, seen ? { ...seen, aliases: sortedUnique([...seen.aliases, ...entity.aliases]) } : entity);
  }
  const events = plans.flatMap((p) => p.events.map((e): PlannedReport => ({ ...e, articleId: p.article.id })));
  return {
    articles: plans.map((p) => p.article).sort((a, b) => compare(a.id, b.id)),
    entities: [...entities.values()].sort((a, b) => compare(a.id, b.id)),
    events: events.sort((a, b) => compare(a.mergeKey, b.mergeKey) || compare(a.id, b.id) || compare(a.articleId, b.articleId) || a.evidence.start - b.evidence.start),
  };
}
