import { findDates, normaliseDate, type DateMention } from './dates';
import { relationClass } from './lexicon/relations';
import { ploverOf } from './lexicon/cameo';
import { buildEvents, type DraftEvent } from './events/build';
import { speaksForOneself } from './events/clause';
import { newDiscourse, noteMention, OPENING_SENTENCES, type Discourse } from './events/discourse';
import { knowledge } from './knowledge';
import { findMentions, type MentionContext } from './mentions/find';
import { entityRef, type EntityRef, type Mention } from './mentions/mention';
import { maskMarkup } from './text/normalize';
import { splitSentences } from './text/sentences';
import { tagText } from './text/pos';
import { tokenize } from './text/tokens';
import {
  type ArticleInput,
  type ExtractedEntity,
  type ExtractedEvent,
  type ExtractionResult,
} from './types';

export type { ArticleInput, ExtractionResult } from './types';

// "Moscow, 21 February 2022 (TDI):" — a place and date line, not a sentence about Moscow
const DATELINE = /^\s*([A-Z][\p{L} .'-]{1,40}),\s*([^\n:()]{4,40}?)\s*(\([^)\n]{1,40}\))?\s*[:\u2013\u2014-]\s/u;
// statements made during the meeting at hand take its date when they give none
const SPEECH_ACTS = relationClass('speechActs');

/** A sentence of the article: its text and character offsets. */
interface Span {
  text: string;
  start: number;
  end: number;
}

/** The entities of an article with their mentions, in the order first met; each mention once. */
class EntityTable {
  private readonly entities = new Map<string, ExtractedEntity>();
  private readonly seen = new Set<string>();

  has(id: string): boolean {
    return this.entities.has(id);
  }

  add(e: EntityRef, m: Span): void {
    const key = `${e.id}@${m.start}:${m.end}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    let ent = this.entities.get(e.id);
    if (!ent) {
      ent = { id: e.id, name: e.name, kind: e.kind, mentions: [] };
      if (e.country) ent.country = e.country;
      if (e.unknown) ent.unknown = true;
      this.entities.set(e.id, ent);
    }
    ent.mentions.push({ text: m.text, start: m.start, end: m.end });
  }

  list(): ExtractedEntity[] {
    return [...this.entities.values()];
  }
}

interface Draft {
  ev: DraftEvent;
  sentence: Span;
}

/**
 * Text -> facts: sentences and tokens, mentions resolved against the reference knowledge (names,
 * titles by date, demonyms, capitals, pronouns, "both leaders"), events of the relation
 * vocabulary with their sources, targets, topics, speaker, negation and date. Pure and
 * deterministic: the same text and date give the same result.
 */
export function extract(input: ArticleInput): ExtractionResult {
  // markup blanked, offsets kept: the evidence is still the original sentence
  const text = maskMarkup(input.text);
  // (an ISO date-time gives its day; a value naming no day, no date: never a throw)
  const { date, skipUntil } = dateline(text, input.date === undefined ? undefined : normaliseDate(input.date));
  const ctx: MentionContext = { date, people: [], acronyms: new Map(), home: publisherState(input.publisher) };
  const discourse = newDiscourse();
  const table = new EntityTable();
  const drafts: Draft[] = [];

  const tags = tagText(text);
  for (const sentence of splitSentences(text)) {
    if (sentence.end <= skipUntil) continue;
    const tokens = tokenize(sentence.text, sentence.start);
    for (const t of tokens) t.pos = tags.at(t.start);
    if (tokens.length === 0) continue;
    const dates = findDates(sentence.text, date, sentence.start).filter((x) => x.start >= skipUntil);
    // "On March 16, 2014, the President issued ...": a title is its holder's on the date the sentence gives
    ctx.date = statedDate(dates, date, sentence.start);
    const mentions: Mention[] = findMentions(tokens, text, ctx, skipUntil);
    ctx.date = date;
    const events = buildEvents({ tokens, mentions, dates, text, stateName }, discourse);

    for (const m of mentions) for (const e of m.entities) table.add(e, m);
    noteEvents(events, { ...sentence, text: input.text.slice(sentence.start, sentence.end) }, drafts, discourse);
    discourse.speechAge = speaksForOneself(tokens) ? 0 : discourse.speechAge + 1;
    for (const m of mentions) noteMention(discourse.persons, m);
    attributeReferences(mentions, events, discourse, table);
  }
  dateMeetingStatements(drafts, discourse);
  // the events add the entities only they name (topics, resolved pronouns) to the table first
  const events = finalEvents(drafts, table);
  return { entities: table.list(), events };
}

/**
 * The full date with its year a sentence opens with ("On March 16, 2014, ..."), when before the
 * article's; else the article's date.
 */
function statedDate(dates: DateMention[], date: string | undefined, sentenceStart: number): string | undefined {
  const first = dates[0];
  const opens = !!first?.date && first.start - sentenceStart <= 3 && /\b\d{4}\b/.test(first.text);
  return opens && date && first.date! < date ? first.date : date;
}

/** "Moscow, 21 February 2022 (TDI): ...": the article's date (unless given) and where its text starts. */
function dateline(text: string, given: string | undefined): { date: string | undefined; skipUntil: number } {
  const dl = DATELINE.exec(text);
  if (dl) {
    const found = findDates(dl[2]);
    if (found.length && found[0].date) return { date: given ?? found[0].date, skipUntil: dl.index + dl[0].length };
  }
  return { date: given, skipUntil: -1 };
}

/**
 * The state a publisher speaks for, when a word of its name names one ("The White House",
 * "en.kremlin.ru": a domain's labels are names, whatever their case), or its domain ends in a
 * country code ("president.gov.ua").
 */
function publisherState(publisher: string | undefined): string | undefined {
  const kb = knowledge();
  const name = publisher ?? '';
  const domain = /^[\w-]+(\.[\w-]+)+$/.test(name);
  const words = name.split(/[^\p{L}]+/u).filter(Boolean);
  const toks = words.map((w) => ({ text: w, lower: w.toLowerCase(), upper: domain || /^\p{Lu}/u.test(w) }));
  for (let i = 0; i < toks.length; i++) {
    const hit = kb.match(toks, i);
    if (hit?.entity.kind === 'State') return hit.entity.country;
  }
  const tld = domain ? name.slice(name.lastIndexOf('.') + 1) : '';
  return tld.length === 2 ? kb.stateOfCode(tld)?.country : undefined;
}

/** The state a phrase names ("Russian Federation", or a demonym "Russian"), for topics. */
function stateName(words: string[]): string | undefined {
  const kb = knowledge();
  const toks = words.map((w) => ({ text: w, lower: w, upper: true }));
  const hit = toks.length ? kb.match(toks, 0) : undefined;
  if (hit && hit.entity.kind === 'State') return hit.entity.name;
  const dem = toks.length ? kb.demonym(words[0]) : undefined;
  return dem?.name;
}

/** A sentence's events join the article's drafts; a meeting of two or more becomes the meeting at hand. */
function noteEvents(events: DraftEvent[], sentence: Span, drafts: Draft[], discourse: Discourse): void {
  discourse.lastGroupAge++;
  discourse.sentences++;
  discourse.lastSubject = discourse.openingSubject.length ? discourse.openingSubject : events.length ? events[0].source : [];
  for (const ev of events) {
    const idx = drafts.length;
    drafts.push({ ev, sentence });
    const people = new Set([...ev.source, ...ev.target].filter((e) => e.kind === 'Person' || e.kind === 'State').map((e) => e.id));
    if (ev.relation === 'MET_WITH' && !ev.negated && people.size >= 2) {
      discourse.participants = [...ev.source, ...ev.target].filter((e, i, a) => a.findIndex((x) => x.id === e.id) === i);
      discourse.meetingEvent = idx;
      discourse.meetingSentence = discourse.sentences;
    }
    if (ev.source.length >= 2) {
      discourse.lastGroup = ev.source;
      discourse.lastGroupAge = 0;
      if (!discourse.authors.length && discourse.sentences <= OPENING_SENTENCES) discourse.authors = ev.source;
    }
  }
  if (discourse.pendingMeetingDate && discourse.meetingEvent !== undefined) {
    const met = drafts[discourse.meetingEvent].ev;
    if (!met.explicitDate) {
      met.date = discourse.pendingMeetingDate;
      met.explicitDate = true;
    }
    discourse.pendingMeetingDate = undefined;
  }
}

/** Pronouns and "both leaders" are mentions of whom they resolve to. */
function attributeReferences(mentions: Mention[], events: DraftEvent[], discourse: Discourse, table: EntityTable): void {
  for (const m of mentions) {
    if (m.role !== 'reference' || m.possessive) continue;
    const who = m.via === 'participants' || m.ref === 'they' ? discourse.participants : [];
    for (const e of who) if (events.some((ev) => ev.source.some((x) => x.id === e.id))) table.add(e, m);
    if ((m.ref === 'he' || m.ref === 'she') && events.length) {
      const e = events.find((ev) => ev.source.length === 1 && ev.source[0].kind === 'Person')?.source[0];
      if (e) table.add(e, m);
    }
  }
}

/** Statements made in the meeting at hand take its date when they give none. */
function dateMeetingStatements(drafts: Draft[], discourse: Discourse): void {
  if (discourse.meetingEvent === undefined) return;
  const met = drafts[discourse.meetingEvent].ev;
  if (!met.date) return;
  const ids = new Set(discourse.participants.map((e) => e.id));
  for (let i = discourse.meetingEvent + 1; i < drafts.length; i++) {
    const ev = drafts[i].ev;
    if (!ev.date && SPEECH_ACTS.includes(ev.relation) && ev.source.every((e) => ids.has(e.id))) ev.date = met.date;
  }
  for (let i = 0; i < discourse.meetingEvent; i++) {
    const ev = drafts[i].ev;
    if (!ev.date && drafts[i].sentence === drafts[discourse.meetingEvent].sentence) ev.date = met.date;
  }
}

/** The drafts as output events, numbered in order; an event said twice in a sentence once. */
function finalEvents(drafts: Draft[], table: EntityTable): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  const seen = new Set<string>();
  for (const { ev, sentence } of drafts) {
    for (const e of ev.source) if (!table.has(e.id)) table.add(e, sentence);
    for (const e of ev.target) if (!table.has(e.id)) table.add(e, sentence);
    for (const e of ev.about) if (!table.has(e.id)) table.add(e, sentence);
    const out = outputEvent(ev, sentence, table);
    const key = JSON.stringify([out.relation, out.source, out.target, out.about, out.negated, out.start]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.id = `e${events.length + 1}`;
    events.push(out);
  }
  return events;
}

function outputEvent(ev: DraftEvent, sentence: Span, table: EntityTable): ExtractedEvent {
  const about: string[] = [];
  for (const e of ev.about) about.push(e.id);
  if (ev.topic) {
    const id = `topic:${ev.topic.topic.key}`;
    table.add(entityRef(id, ev.topic.topic.name, 'Topic', undefined), ev.topic);
    about.push(id);
  }
  const target: string[] = [];
  for (const e of ev.target) if (!ev.source.some((s) => s.id === e.id)) target.push(e.id);
  // every field in one order, absent ones undefined (JSON leaves them out): one object shape
  return {
    id: '',
    relation: ev.relation,
    plover: ploverOf(ev.relation, ev.code),
    negated: ev.negated,
    confidence: ev.confidence,
    source: ev.source.map((e) => e.id),
    target,
    about,
    sentence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    mode: ev.relation === 'VISITED' ? 'visit' : ev.mode || undefined,
    date: ev.date || undefined,
    speaker: ev.speaker ? ev.speaker.id : undefined,
    pattern: ev.pattern,
  };
}
