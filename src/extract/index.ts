import { findDates } from './dates';
import { buildEvents, type DraftEvent } from './events/build';
import { newDiscourse } from './events/discourse';
import { knowledge } from './knowledge';
import { findMentions, type MentionContext } from './mentions/find';
import type { EntityRef, Mention } from './mentions/mention';
import { splitSentences } from './text/sentences';
import { tagText } from './text/pos';
import { tokenize } from './text/tokens';
import {
  RELATION_PLOVER,
  type ArticleInput,
  type ExtractedEntity,
  type ExtractedEvent,
  type ExtractionResult,
  type Relation,
} from './types';

export type { ArticleInput, ExtractionResult } from './types';

// "Moscow, 21 February 2022 (TDI):" — a place and date line, not a sentence about Moscow
const DATELINE = /^\s*([A-Z][\p{L} .'-]{1,40}),\s*([^\n:()]{4,40}?)\s*(\([^)\n]{1,40}\))?\s*[:\u2013\u2014-]\s/u;
// statements made during the meeting at hand take its date when they give none
const SPEECH_ACTS: Relation[] = ['DISCUSSED', 'ACCUSED', 'CRITICIZED', 'CALLED_FOR', 'SUPPORTED', 'EXPRESSED_CONCERN', 'WARNED', 'AGREED', 'REJECTED'];

/**
 * Text -> facts: sentences and tokens, mentions resolved against the reference knowledge (names,
 * titles by date, demonyms, capitals, pronouns, "both leaders"), events of the relation
 * vocabulary with their sources, targets, topics, speaker, negation and date. Pure and
 * deterministic: the same text and date give the same result.
 */
export function extract(input: ArticleInput): ExtractionResult {
  const text = input.text;
  const dl = DATELINE.exec(text);
  let date = input.date;
  let skipUntil = -1;
  if (dl) {
    const found = findDates(dl[2]);
    if (found.length && found[0].date) {
      skipUntil = dl.index + dl[0].length;
      date = date ?? found[0].date;
    }
  }
  const kb = knowledge();
  const stateName = (words: string[]): string | undefined => {
    const toks = words.map((w) => ({ text: w, lower: w, upper: true }));
    const hit = toks.length ? kb.match(toks, 0) : undefined;
    if (hit && hit.entity.kind === 'State') return hit.entity.name;
    const dem = toks.length ? kb.demonym(words[0]) : undefined;
    return dem?.name;
  };

  const ctx: MentionContext = { date, people: [] };
  const discourse = newDiscourse();
  const entities = new Map<string, ExtractedEntity>();
  const drafts: { ev: DraftEvent; sentence: { text: string; start: number; end: number } }[] = [];

  const seenMentions = new Set<string>();
  const addMention = (e: EntityRef, m: { text: string; start: number; end: number }): void => {
    const key = `${e.id}@${m.start}:${m.end}`;
    if (seenMentions.has(key)) return;
    seenMentions.add(key);
    let ent = entities.get(e.id);
    if (!ent) {
      ent = { id: e.id, name: e.name, kind: e.kind, mentions: [] };
      if (e.country) ent.country = e.country;
      if (e.unknown) ent.unknown = true;
      entities.set(e.id, ent);
    }
    ent.mentions.push({ text: m.text, start: m.start, end: m.end });
  };

  const tags = tagText(text);
  for (const sentence of splitSentences(text)) {
    if (sentence.end <= skipUntil) continue;
    const tokens = tokenize(sentence.text, sentence.start);
    for (const t of tokens) t.pos = tags.at(t.start);
    if (tokens.length === 0) continue;
    const mentions: Mention[] = findMentions(tokens, text, ctx, skipUntil);
    const dates = findDates(sentence.text, date, sentence.start).filter((x) => x.start >= skipUntil);
    const events = buildEvents({ tokens, mentions, dates, text, stateName }, discourse);

    for (const m of mentions) for (const e of m.entities) addMention(e, m);
    for (const ev of events) {
      const idx = drafts.length;
      drafts.push({ ev, sentence });
      const people = new Set([...ev.source, ...ev.target].filter((e) => e.kind === 'Person' || e.kind === 'State').map((e) => e.id));
      if (ev.relation === 'MET_WITH' && !ev.negated && people.size >= 2) {
        discourse.participants = [...ev.source, ...ev.target].filter((e, i, a) => a.findIndex((x) => x.id === e.id) === i);
        discourse.meetingEvent = idx;
      }
      if (ev.source.length >= 2) discourse.lastGroup = ev.source;
    }
    if (discourse.pendingMeetingDate && discourse.meetingEvent !== undefined) {
      const met = drafts[discourse.meetingEvent].ev;
      if (!met.explicitDate) {
        met.date = discourse.pendingMeetingDate;
        met.explicitDate = true;
      }
      discourse.pendingMeetingDate = undefined;
    }
    for (const m of mentions) for (const e of m.entities) if (e.kind === 'Person') discourse.lastPerson = e;
    // pronouns and "both leaders" are mentions of whom they resolve to
    for (const m of mentions) {
      if (m.role !== 'reference' || m.possessive) continue;
      const who = m.via === 'participants' || m.ref === 'they' ? discourse.participants : m.ref === 'he' || m.ref === 'she' ? [] : [];
      for (const e of who) if (events.some((ev) => ev.source.some((x) => x.id === e.id))) addMention(e, m);
      if ((m.ref === 'he' || m.ref === 'she') && events.length) {
        const e = events.find((ev) => ev.source.length === 1 && ev.source[0].kind === 'Person')?.source[0];
        if (e) addMention(e, m);
      }
    }
  }

  // statements made in the meeting at hand take its date
  if (discourse.meetingEvent !== undefined) {
    const met = drafts[discourse.meetingEvent].ev;
    const ids = new Set(discourse.participants.map((e) => e.id));
    if (met.date) {
      for (let i = discourse.meetingEvent + 1; i < drafts.length; i++) {
        const ev = drafts[i].ev;
        if (!ev.date && SPEECH_ACTS.includes(ev.relation) && ev.source.every((e) => ids.has(e.id))) ev.date = met.date;
      }
      for (let i = 0; i < discourse.meetingEvent; i++) {
        const ev = drafts[i].ev;
        if (!ev.date && drafts[i].sentence === drafts[discourse.meetingEvent].sentence) ev.date = met.date;
      }
    }
  }

  const events: ExtractedEvent[] = [];
  const seen = new Set<string>();
  for (const { ev, sentence } of drafts) {
    for (const e of [...ev.source, ...ev.target, ...ev.about]) if (!entities.has(e.id)) addMention(e, sentence);
    const about = ev.about.map((e) => e.id);
    if (ev.topic) {
      const id = `topic:${ev.topic.topic.key}`;
      addMention({ id, name: ev.topic.topic.name, kind: 'Topic' }, ev.topic);
      about.push(id);
    }
    const out: ExtractedEvent = {
      id: '',
      relation: ev.relation,
      plover: RELATION_PLOVER[ev.relation],
      negated: ev.negated,
      confidence: ev.confidence,
      source: ev.source.map((e) => e.id),
      target: ev.target.map((e) => e.id).filter((id) => !ev.source.some((s) => s.id === id)),
      about,
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
    };
    if (ev.mode) out.mode = ev.mode;
    if (ev.relation === 'VISITED') out.mode = 'visit';
    if (ev.date) out.date = ev.date;
    if (ev.speaker) out.speaker = ev.speaker.id;
    out.pattern = ev.pattern;
    const key = JSON.stringify([out.relation, out.source, out.target, out.about, out.negated, out.start]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.id = `e${events.length + 1}`;
    events.push(out);
  }
  return { entities: [...entities.values()], events };
}
