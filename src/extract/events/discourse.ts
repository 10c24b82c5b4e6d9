import type { EntityRef, Mention } from '../mentions/mention';
import { knowledge } from '../knowledge';
import { namesOnePerson } from '../lexicon/agents';
import { agrees } from '../mentions/gender';
import { countryOwner } from '../mentions/words';

/** What the events stage remembers across sentences: who was last named, who is meeting whom. */
export interface Discourse {
  /** the participants of the meeting at hand (the call or talks the article reports) */
  participants: EntityRef[];
  /** index in the event list of the meeting at hand */
  meetingEvent?: number;
  /** the sentence (by `sentences`) that named the meeting at hand */
  meetingSentence: number;
  /** the persons named so far, the latest last */
  persons: EntityRef[];
  /** a date said later of the meeting at hand ("The call was held on February 20") */
  pendingMeetingDate?: string;
  /** the last subject naming two or more actors */
  lastGroup: EntityRef[];
  /** how many sentences ago it was named (0: in the sentence before the one at hand) */
  lastGroupAge: number;
  /** how many sentences ago the last one in the first or second person was */
  speechAge: number;
  /**
   * the subject of the sentence before: the actors it opens with, else its first event's sources (a
   * "he" opening the next sentence is most likely its subject)
   */
  lastSubject: EntityRef[];
  /** the actors the sentence at hand opens with (its subject when it opens with a name or a pronoun) */
  openingSubject: EntityRef[];
  /** the first group of actors the text's opening sentences (ten) name as sources (a joint statement's signatories) */
  authors: EntityRef[];
  /** how many sentences were read */
  sentences: number;
}

export function newDiscourse(): Discourse {
  // every field from the start (absent ones undefined): one object shape for the JIT
  return { participants: [], meetingEvent: undefined, meetingSentence: 0, persons: [], pendingMeetingDate: undefined, lastGroup: [], lastGroupAge: 0, speechAge: Infinity, lastSubject: [], openingSubject: [], authors: [], sentences: 0 };
}

// how many persons named before a pronoun it may stand for
const RECENT_PERSONS = 8;

/** Notes a person named: the latest last, each once. */
export function notePerson(persons: EntityRef[], p: EntityRef): void {
  const at = persons.findIndex((x) => x.id === p.id);
  if (at >= 0) persons.splice(at, 1);
  persons.push(p);
  if (persons.length > RECENT_PERSONS) persons.shift();
}

/**
 * Notes the persons a mention names. "The French leader", a person of a state the mention does not
 * name, is the last person of that state named before, else the state it acts for: a later "he"
 * is not someone else named before it.
 */
export function noteMention(persons: EntityRef[], m: Mention): void {
  for (const e of m.entities) if (e.kind === 'Person') notePerson(persons, e);
  if (m.via !== 'state-agent' || m.entities.length !== 1 || !m.text.toLowerCase().split(/\s+/).some(namesOnePerson)) return;
  const state = m.entities[0];
  let named: EntityRef | undefined;
  for (const p of persons) if (p.kind === 'Person' && p.country === state.country) named = p;
  notePerson(persons, named ?? state);
}

/** Where a reference stands: in first- or second-person speech, opening its sentence, right after "with", as the subject of a clause "and" joins. */
export interface ReferenceSite {
  inSpeech?: boolean;
  opening?: boolean;
  afterWith?: boolean;
  joinedClause?: boolean;
  /** a relative of someone's ("my father's delegation") was named before in the sentence, after any person */
  afterRelative?: boolean;
}

/**
 * Resolves a pronoun or "both leaders" to entities: he/she -> the last person named whose first
 * name does not say otherwise ("Agnès" is no "he"), or, opening its sentence (`opening`), the
 * subject of the sentence before when it agrees; they, "them" after "with" (`afterWith`), and
 * "both leaders"/"the two presidents" -> the participants of the meeting at hand, else the last
 * group of actors (for they/them in a speech, one named in the two sentences
 * before), but not in first- or second-person speech (`inSpeech`). `it` and possessives stay
 * unresolved here.
 */
export function resolveReference(m: Mention, d: Discourse, persons: EntityRef[] = d.persons, where: ReferenceSite = {}): EntityRef[] {
  if (m.possessive) return [];
  const { inSpeech = false, opening = false, afterWith = false, joinedClause = false, afterRelative = false } = where;
  const r = m.ref ?? '';
  // "his country": the state of the person "his" stands for
  const pronoun = countryOwner(r);
  if (pronoun) return statesOf(resolveReference({ ...m, ref: pronoun }, d, persons, where));
  if (r === 'he' || r === 'she' || r === 'him' || r === 'her') {
    // "as part of my father's delegation when he visited": the relative, whom no entity stands for
    if (afterRelative) return [];
    // "X spoke with Y. She thanked ...": a subject opening the sentence continues the subject before
    const subject = opening && (r === 'he' || r === 'she') ? d.lastSubject.filter((p) => p.kind === 'Person' && agrees(r, p)) : [];
    if (subject.length === 1) return subject;
    // "President Biden thanked President Duda ..., and he pledged": the subject of a clause joined by
    // "and" continues the sentence's own subject
    const own = joinedClause ? d.openingSubject.filter((p) => p.kind === 'Person' && agrees(r, p)) : [];
    if (own.length === 1) return own;
    for (let k = persons.length - 1; k >= 0; k--) if (agrees(r, persons[k])) return [persons[k]];
    return [];
  }
  // in first- or second-person speech "they" is not the meeting at hand
  if ((r === 'they' || r === 'them') && inSpeech && m.via !== 'participants') return [];
  // "local publishers print them", "is ready to discuss them": an object "them" is as often a
  // thing; the meeting's sides only after "with" ("The President spoke with them")
  if (r === 'them' && !afterWith) return [];
  if (r === 'they' || r === 'them' || m.via === 'participants') {
    // (the meeting a readout opens with, or one named in the few sentences before: not one a
    // speech mentions in passing, "when Charles Michel ... met with Denys Shmyhal", for every later "they")
    const meetingAtHand = d.meetingSentence <= OPENING_SENTENCES || d.sentences - d.meetingSentence <= GROUP_SENTENCES;
    if (d.participants.length >= 2 && meetingAtHand) return d.participants;
    // "the leaders", "both sides" stand for the last group named; "they" in a speech only for one
    // of the two sentences before; elsewhere for one of the few sentences before, or throughout
    // when the text opened with it (a joint statement's signatories) or the sentence before
    // continued it ("Germany, France and Poland" named once in a long answer are not its every "they")
    const lasting = d.lastGroupAge <= GROUP_SENTENCES || sameActors(d.lastGroup, d.lastSubject) || sameActors(d.lastGroup, d.authors);
    if (d.lastGroup.length >= 2 && (m.via === 'participants' || d.lastGroupAge <= 1 || (d.speechAge > 3 && lasting))) return d.lastGroup;
  }
  return [];
}

// how many sentences after the group was named "they" may stand for it, outside speech
const GROUP_SENTENCES = 4;
/** a group the first ten sentences name as sources is the text's authors (a joint statement's signatories) */
export const OPENING_SENTENCES = 10;

function sameActors(a: EntityRef[], b: EntityRef[]): boolean {
  return a.length === b.length && a.every((g) => b.some((e) => e.id === g.id));
}

/** The states of entities: a state itself, else the state of its country. */
export function statesOf(entities: EntityRef[]): EntityRef[] {
  const out: EntityRef[] = [];
  for (const e of entities) {
    const state = e.kind === 'State' ? e : e.country ? knowledge().byId(`state:${e.country}`) : undefined;
    if (state && !out.some((x) => x.id === state.id)) out.push(state);
  }
  return out;
}
