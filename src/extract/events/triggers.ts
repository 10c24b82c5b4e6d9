import { MILITARY_STRIKE, MODE_WORDS, NOUN_EVENTS, type NounSense } from '../lexicon/nouns';
import { nounLemma, verbLemma, pastParticiple } from '../lexicon/lemma';
import { HOPING_VERBS, LIGHT_VERBS, NEUTRAL_CONTROL_VERBS, REPORTING_VERBS, TALK_WORDS, VERB_SENSES, type VerbSense } from '../lexicon/verbs';
import { dictionaryVerb, readVerb, sentenceWords, type DictionaryShape, type SentenceWords } from '../lexicon/cameo';
import type { Mode, Relation } from '../types';
import type { Token } from '../text/tokens';
import clauseWords from '../lexicon/data/clause.words.json';
import triggerWords from '../lexicon/data/trigger.words.json';
import eventWords from '../lexicon/data/event.words.json';
import { NAME_PARTICLES, TITLE_WORDS } from '../mentions/words';
import { byAgentAt, commaBetweenAdjectives, directObject, isRelativePronoun, pastAfterNamedWord, possessiveMark, possessor, quantityLead, verbGroup, wordsEndAt } from './clause';
import { relationClass } from '../lexicon/relations';

/** A word that names a happening: a verb of the lexicon, or an event noun carried by a light verb. */
export interface Trigger {
  at: number;
  /** last token of the trigger phrase ("called for" ends at "for") */
  end: number;
  relation: Relation;
  mode?: Mode;
  control: boolean;
  kind: 'verb' | 'noun';
  /** for nouns: the light verb, or the demonym/possessive modifier before it */
  carrier?: number;
  /** the dictionary entry that fired */
  pattern: string;
  /** the CAMEO code of the reading, when it has one */
  code?: string;
  /** what fired of a CAMEO dictionary reading (none for our own readings and nouns) */
  shape?: DictionaryShape;
  /** the word alone between quotation marks: named at a distance, not asserted (Russia "congratulated" Ukraine) */
  quoted?: boolean;
}

/** Every trigger in one object shape (see draftEvent in build.ts). */
function trigger(at: number, end: number, relation: Relation, mode: Mode | undefined, control: boolean, kind: 'verb' | 'noun', carrier: number | undefined, pattern: string, code?: string, shape?: DictionaryShape): Trigger {
  return { at, end, relation, mode, control, kind, carrier, pattern, code, shape, quoted: false };
}

const DETERMINERS = new Set(triggerWords.determiners);
const SKIPPABLE = new Set(triggerWords.skippable);
const CARRIER_PARTICLES = new Set(triggerWords.carrierParticles);
const DIPLOMATIC_CARRIERS = new Set(triggerWords.diplomaticCarriers);
const ADVERB_OR_SUBJECT = new Set(triggerWords.adverbOrSubject);
const BE = new Set(triggerWords.be);

export function isBe(t: Token | undefined): boolean {
  return !!t && BE.has(t.lower);
}

/** Do a reading's conditions hold for the verb at i, and where does its phrase end (its NEXT word, else i)? */
function senseHolds(s: VerbSense, tokens: Token[], i: number, actorAt: (k: number) => boolean, entityAt: (k: number) => boolean): { ok: boolean; end: number } {
  const end = s.next ? nextWordAt(tokens, i, s.next) : i;
  if (end < 0) return { ok: false, end: i };
  const ok =
    (!s.object || objectHolds(s, tokens, end, entityAt)) &&
    (!s.notObject || !objectHeadIn(tokens, end, s.notObject)) &&
    // NO_OBJECT: "protesters demonstrated in the square", not "demonstrated their best qualities"
    // (nor a clause: "the victories demonstrate that it was the right decision")
    (!s.intransitive || !(directObject(tokens, end) || tokens[end + 1]?.lower === 'that')) &&
    (!s.control || controlHolds(s, tokens, i, end, actorAt)) &&
    (!s.actorObject || actorObjectHolds(tokens, end, actorAt)) &&
    (!s.afterTalk || talkBefore(tokens, i));
  return { ok, end };
}

/**
 * AFTER_TALK: a meeting's or a discussion's noun, or a word of &TALK, before i in the sentence
 * ("During the talks, the presidents focused on"), or a personal pronoun as the subject of a main
 * clause, which continues the talk the readout told before ("In particular, he focused on"; not
 * "where she focused on").
 */
function talkBefore(tokens: Token[], i: number): boolean {
  // (the word before the verb group, past its auxiliaries and adverbs; no relative or subordinate clause opens before it)
  const p = verbGroup(tokens, i).start - 1;
  const subject = tokens[p];
  const subordinate = tokens.slice(0, Math.max(p, 0)).some((t) => t.pos === 'SCONJ' || isRelativePronoun(t.lower) || t.lower === 'where');
  if (subject && SUBJECT_PRONOUNS.has(subject.lower) && subject.pos === 'PRON' && !subordinate) return true;
  for (let k = 0; k < i; k++) {
    const l = tokens[k].lower;
    const relation = eventNounSense(l)?.relation;
    if (TALK_WORDS.has(l) || TALK_WORDS.has(nounLemma(l)) || relation === 'MET_WITH' || relation === 'DISCUSSED') return true;
  }
  return false;
}

/** FOR|ON|UPON: one of these words within three tokens after the verb at i; its index, or -1. */
function nextWordAt(tokens: Token[], i: number, words: string[]): number {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (words.includes(tokens[k].lower)) return k;
  return -1;
}

/** {VIEW|OPINION}: one of these nouns in the verb's own phrase (with OF_ENTITY, followed by "of" and an entity). */
function objectHolds(s: VerbSense, tokens: Token[], end: number, entityAt: (k: number) => boolean): boolean {
  const words = s.object!;
  for (let k = end + 1; k < tokens.length && k <= end + 8; k++) {
    const l = tokens[k].lower;
    if (words.includes(nounLemma(l)) || words.includes(l)) return !s.ofEntity || ofEntityAfter(tokens, k, entityAt);
    // within the verb's own phrase: not past a comma, another verb ("reinforce our commitment
    // to strengthen Ukraine's position") or a preposition that opens no part of it ("gave
    // instructions on the logistical support")
    if (/^[,.;:]$/.test(l) || (k > end + 1 && tokens[k].pos === 'VERB' && phraseEnds(tokens, k))) return false;
    // (nor a passive's agent right after the verb: "will be reinforced by the National Guard")
    if ((k > end + 1 || l === 'by') && tokens[k].pos === 'ADP' && !OBJECT_PREPOSITIONS.has(l)) return false;
  }
  return false;
}

/** !{SET}: is the head of the object (the last word of the first run of words after the verb) one of these? */
function objectHeadIn(tokens: Token[], end: number, words: string[]): boolean {
  let head: string | undefined;
  // (past a number phrase's opening: "meets over 40 percent of Greece's demand")
  const lead = quantityLead(tokens, end + 1);
  let limit = end + 6 + lead;
  for (let k = end + 1 + lead; k < tokens.length && k <= limit; k++) {
    const l = tokens[k].lower;
    // (a possessor is no head: "of Greece's demand")
    if (possessiveMark(tokens[k]) && head) {
      head = undefined;
      continue;
    }
    // the phrase ends at a verb or a preposition ("an executive order appointing", "an explanation
    // regarding"), not at a participle before a noun ("a related congratulatory message");
    // "Christmas and New Year greetings": "and" inside the phrase, before its head noun
    if (l === 'and' && head && tokens[k - 1].pos !== 'NOUN') continue;
    // (a number inside the phrase: "a combined 240 million barrels"; a quantity before "of": "one
    // of the most comprehensive executive orders")
    if (/^\d[\d.,]*$/.test(l)) continue;
    // (a number label after the head: "signed Decree No. 676/2021")
    if (l === 'no' && head && (tokens[k + 1]?.lower === '.' || tokens[k + 1]?.pos === 'NUM')) break;
    // (a comma between adjectives: "a more complex, philosophical explanation")
    if (commaBetweenAdjectives(tokens, k)) continue;
    if (QUANTITY.has(l) && tokens[k + 1]?.lower === 'of') {
      k++;
      limit += 2;
      head = undefined;
      continue;
    }
    // (a "verb" after a number or an adjective is the tagger's misreading of the head noun: "two
    // important decrees"; after a determiner, of a participle describing it: "a combined 240 million barrels")
    const misread = tokens[k].pos === 'VERB' && /^(ADJ|NUM|DET)$/.test(tokens[k - 1].pos ?? '');
    if (!/^[a-z-]+$/.test(l) || OBJECT_HEAD_STOPS.has(l) || (head && phraseEnds(tokens, k) && !misread)) break;
    head = l;
    // (a personal pronoun is its phrase whole: "spoke to it very powerfully")
    if (tokens[k].pos === 'PRON' && !possessor(tokens[k]) && k === end + 1 + lead) break;
  }
  return !!head && (words.includes(nounLemma(head)) || words.includes(head));
}

/**
 * TO_VERB: "agreed to continue", "committed to phasing out"; "offered comments" is no promise;
 * TO_HOSTILE: "prepared to resume shelling", not "preparing to ration gas".
 */
function controlHolds(s: VerbSense, tokens: Token[], i: number, end: number, actorAt: (k: number) => boolean): boolean {
  // "is prepared to lift the ban": after "be" the participle is a readiness (a promise), not the
  // preparing ("is preparing to attack")
  if (s.hostileComplement && isBe(tokens[i - 1]) && !tokens[i].lower.endsWith('ing')) return false;
  const v = infinitiveAt(tokens, end, actorAt);
  return v >= 0 && (!s.hostileComplement || hostileFrom(tokens, v));
}

/** ACTOR: an actor follows directly ("welcomed the Chancellor"), as the object itself, not its owner or a name for it. */
function actorObjectHolds(tokens: Token[], end: number, actorAt: (k: number) => boolean): boolean {
  let k = end + 1;
  while (k < tokens.length && k <= end + 3 && ACTOR_OBJECT_MODIFIERS.has(tokens[k].lower)) k++;
  if (!(k < tokens.length && actorAt(k))) return false;
  // "welcomed President Reagan's statement": the object is the statement, not the person; but
  // "host Japan's Crown Prince Naruhito": an actor owned is the actor
  let e = k;
  while (e < tokens.length && actorAt(e)) e++;
  if (e < tokens.length && tokens[e].lower === "'s") {
    if (!actorAt(e + 1)) return false;
    for (e++; e < tokens.length && actorAt(e); ) e++;
  }
  // "called Putin a war criminal", "called Belarusians or me a little brother": a noun phrase
  // after the actor says what the actor is called, no act toward it
  let c = e;
  if (/^(and|or)$/.test(tokens[c]?.lower ?? '') && (actorAt(c + 1) || tokens[c + 1]?.pos === 'PRON')) c += 2;
  if (/^(a|an)$/.test(tokens[c]?.lower ?? '')) return false;
  return !actorModifiesNoun(tokens, e, actorAt);
}

/**
 * "calls NATO enlargement one of the reasons", "welcomed the U.S. “Indo-Pacific Strategy”": the
 * actor ending before e modifies the object noun after it; not a time word ("welcomed Macron
 * today"), a title ("received the UAE Ambassador") or the rest of a name ("Omar al-Bashir").
 */
function actorModifiesNoun(tokens: Token[], e: number, actorAt: (k: number) => boolean): boolean {
  let q = e;
  while (q < tokens.length && QUOTES.test(tokens[q].text)) q++;
  const noun = tokens[q];
  if (!noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return false;
  const nameRest = NAME_PARTICLES.has(noun.lower.split('-')[0]);
  return !nameRest && !actorAt(q) && !TIME_WORDS.has(noun.lower) && !TITLE_WORDS.has(noun.lower);
}

/** A verb, preposition or conjunction ends an object phrase, but not a participle before a noun or adjective. */
function phraseEnds(tokens: Token[], k: number): boolean {
  const pos = tokens[k].pos ?? '';
  return /^(VERB|ADP|AUX|SCONJ|CCONJ)$/.test(pos) && !(pos === 'VERB' && /^(NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? ''));
}

/** "the role of the OSCE", "the significance of the Minsk Agreements": "of", a named entity, and no "'s" after it. */
function ofEntityAfter(tokens: Token[], noun: number, entityAt: (k: number) => boolean): boolean {
  let k = noun + 1;
  if (tokens[k]?.lower !== 'of') return false;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  if (!entityAt(k)) return false;
  while (k < tokens.length && entityAt(k)) k++;
  return !possessiveMark(tokens[k]);
}

/**
 * Where the verb of an infinitive (or "to" with an -ing form) within four tokens after `end`
 * stands, with only adverbs or an actor between ("agreed to", "promised Kyiv to"); -1 when there is
 * none: in "preparing a plan to restore" the infinitive is the noun's.
 */
function infinitiveAt(tokens: Token[], end: number, actorAt: (k: number) => boolean): number {
  for (let k = end + 1; k < tokens.length && k <= end + 4; k++) {
    const l = tokens[k].lower;
    if (l !== 'to') {
      // adverbs, an actor, a date ("threatened on Monday to break")
      if (/^(ADV|PART|PROPN|NUM)$/.test(tokens[k].pos ?? '') || actorAt(k) || (l === 'the' && actorAt(k + 1)) || (l === 'on' && /^(PROPN|NUM)$/.test(tokens[k + 1]?.pos ?? ''))) continue;
      return -1;
    }
    let v = k + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    return tokens[v]?.pos === 'VERB' || tokens[v]?.pos === 'AUX' || /^[a-z]+ing$/.test(tokens[v]?.lower ?? '') ? v : -1;
  }
  return -1;
}

/** The infinitive's verb at v, or the -ing form it governs ("to resume shelling"), is hostile in every reading of our own. */
function hostileFrom(tokens: Token[], v: number): boolean {
  for (let k = v; k < tokens.length && k <= v + 2; k++) {
    // hostile in every reading: "fight", "shell"; not "withdraw" (troops, or its ambassador)
    const senses = VERB_SENSES[verbLemma(tokens[k].lower)];
    if (senses?.length && senses.every((x) => HOSTILE.includes(x.relation))) return true;
  }
  return false;
}

/** Is token i a reporting verb that opens a clause ("said that", "pointed out that", "said it")? */
export function reportingAt(tokens: Token[], i: number, mentionStartsAt: (k: number) => boolean): number {
  const t = tokens[i];
  if (!/^[a-z]+$/.test(t.lower)) return -1;
  if (!REPORTING_VERBS.has(verbLemma(t.lower))) return -1;
  if (i > 0 && DETERMINERS.has(tokens[i - 1].lower)) return -1;
  let k = i + 1;
  if (k < tokens.length && (tokens[k].lower === 'out' || tokens[k].lower === 'also')) k++;
  for (let hop = 0; hop < 5 && k < tokens.length; hop++) {
    const l = tokens[k].lower;
    if (l === 'that') return k + 1;
    if (l === ',' || l === 'on' || l === 'in' || (TIME_WORDS.has(l) || /^\d+$/.test(l)) || /^[A-Z][a-z]+$/.test(tokens[k].text) && hop > 0 && tokens[k - 1].lower === 'on') {
      k++;
      continue;
    }
    break;
  }
  // "said Ukraine ..." opens a clause; "warned Russia" is an act toward Russia, but "insists it is
  // enforcing", "warned they would" open one: a subject pronoun with its verb
  if (k < tokens.length && mentionStartsAt(k) && k <= i + 3 && (!Object.prototype.hasOwnProperty.call(VERB_SENSES, verbLemma(t.lower)) || subjectPronounAt(tokens, k))) return k;
  return -1;
}

/** A pronoun that opens a clause as its subject: "it is", "they would", not "warned them". */
function subjectPronounAt(tokens: Token[], k: number): boolean {
  return SUBJECT_PRONOUNS.has(tokens[k].lower) && /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? '');
}

interface FormInfo {
  lemma: string;
  senses?: VerbSense[];
  /** the verb's lemma in the compiled dictionary (CAMEO and our additions) */
  dictionary?: string;
  nl: string;
  ns?: NounSense;
}
const forms = new Map<string, FormInfo | null>();
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);

// the noun lemma, and for a plural WordNet does not know ("airstrikes") the event noun it is the plural of
function eventNounLemma(lower: string): string {
  const nl = nounLemma(lower);
  if (nl !== lower || !/[^s]s$/.test(lower)) return nl;
  const singular = lower.slice(0, -1);
  return own(NOUN_EVENTS, singular) ? singular : nl;
}

/** The event reading of a noun form ("invasions" -> ATTACKED), when it names an act. */
export function eventNounSense(lower: string): NounSense | undefined {
  return formInfo(lower)?.ns ?? undefined;
}

// per word form, once: its verb lemma and readings, its noun lemma and event sense (null: not a trigger)
function formInfo(lower: string): FormInfo | null {
  let f = forms.get(lower);
  if (f !== undefined) return f;
  f = null;
  if (/^[a-z][a-z-]*$/.test(lower)) {
    const lemma = verbLemma(lower);
    const senses = own(VERB_SENSES, lemma);
    const dictionary = senses ? undefined : dictionaryVerb(lower);
    const nl = eventNounLemma(lower);
    const found = own(NOUN_EVENTS, nl) ?? own(NOUN_EVENTS, lower);
    const ns = found?.singular && nl !== lower ? undefined : found;
    if (senses || ns || dictionary) f = { lemma, senses, dictionary, nl, ns };
  }
  forms.set(lower, f);
  return f;
}

/**
 * The triggers of a sentence, in order. A lexicon word counts as a verb unless a determiner or
 * preposition stands before it; an event noun counts when a light verb carries it within a few
 * words ("held telephone conversations", "expressed serious concerns") or a demonym or possessive
 * stands before it ("the Russian invasion").
 */
export function findTriggers(
  tokens: Token[],
  actorAt: (k: number) => boolean,
  modifierAt: (k: number) => boolean,
  skip: (k: number) => boolean,
): Trigger[] {
  const out: Trigger[] = [];
  const n = tokens.length;
  let words: SentenceWords | undefined;
  const sentence = (): SentenceWords => (words ??= sentenceWords(tokens));
  for (let i = 0; i < n; i++) {
    if (skip(i)) continue;
    const info = formInfo(tokens[i].lower);
    const t = info ? triggerAt(tokens, i, info, actorAt, modifierAt, sentence, skip) : undefined;
    if (t && t.at === t.end && QUOTES.test(tokens[i - 1]?.text ?? '') && QUOTES.test(tokens[i + 1]?.text ?? '')) t.quoted = true;
    if (t) out.push(t);
  }
  const taken = new Map(out.map((t) => [t.at, t]));
  for (let i = 0; i < n; i++) {
    // "expects Portugal to be involved": a verb of hoping with an actor and an infinitive is a directive too
    const hoping = HOPING_VERBS.has(verbLemma(tokens[i].lower));
    const directive = (taken.has(i) && !hoping) || skip(i) ? undefined : directiveAt(tokens, i, actorAt);
    if (!directive) continue;
    const reading = taken.get(i);
    if (reading) out.splice(out.indexOf(reading), 1);
    out.push(directive);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** How a directive's `pattern` opens. */
export const OBJECT_CONTROL = 'object control:';

/** The reading of the word at i: our own verb senses, the dictionary's verb, or an event noun with its carrier. */
function triggerAt(
  tokens: Token[], i: number, info: FormInfo,
  actorAt: (k: number) => boolean, modifierAt: (k: number) => boolean, sentence: () => SentenceWords, entityAt: (k: number) => boolean,
): Trigger | undefined {
  const t = tokens[i];
  const prev = i > 0 ? tokens[i - 1].lower : '';
  const { lemma, senses } = info;
  // "security guarantees", "Russian demands": an -s form after a plain word is a plural noun (not
  // right after an actor, whose verb it is: "U.S. military gives")
  const afterActor = i > 0 && actorAt(i - 1);
  const pluralNoun = t.lower.endsWith('s') && lemma !== t.lower && i > 0 && /^[a-z-]+$/.test(tokens[i - 1].text) && !ADVERB_OR_SUBJECT.has(prev) && !afterActor;
  // "the US military attacked": the verb (not "imposed new targeted sanctions")
  const past = t.pos === 'VERB' && pastAfterNamedWord(tokens, i, i, (k) => actorAt(k) || modifierAt(k));
  // "the ongoing negotiating process": an -ing form between an adjective and a noun describes the noun
  // (or joined to one: "a responsible and demanding leader")
  const adjectiveBefore = tokens[i - 1]?.pos === 'ADJ' || (/^(and|or|,)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.pos === 'ADJ');
  const attributive = t.lower.endsWith('ing') && i > 0 && adjectiveBefore && tokens[i + 1]?.pos === 'NOUN';
  const nounish =
    pluralNoun || attributive || DETERMINERS.has(prev) || (i > 0 && modifierAt(i - 1)) || (!past && !afterActor && ((SKIPPABLE.has(prev) && !BE.has(prev) && !tokens[i - 1].upper) || afterAdjectives(tokens, i, modifierAt)));
  // our own readings, like the dictionary's, only where the tagger reads a verb, and not as a
  // gerund after a preposition ("in fighting inflation", "for supporting Ukraine and providing weapons")
  const gerund = gerundComplement(tokens, i);
  // ("Russia is deeply concerned about": a participle the tagger reads as an adjective after "be")
  const predicative = t.pos === 'ADJ' && pastParticiple(t.lower) && (isBe(tokens[i - 1]) || (isBe(tokens[i - 2]) && tokens[i - 1]?.pos === 'ADV'));
  const verbal = (t.pos === undefined || t.pos === 'VERB' || predicative) && !gerund;
  if (senses && verbal && !nounish && !(t.lower.endsWith('ing') && prev === 'of')) {
    // "be concerned", "expressed concern": concern is a state, not an act, in its verb form only after "be"
    // ("is deeply concerned"; not "Russia's efforts concerning talks", where "'s" is a possessive)
    if (lemma === 'concern' && !isBe(tokens[i - 1]) && !(isBe(tokens[i - 2]) && tokens[i - 1]?.pos === 'ADV')) return undefined;
    for (const s of senses) {
      const { ok, end } = senseHolds(s, tokens, i, actorAt, entityAt);
      if (ok) return trigger(i, end, s.relation, s.mode, !!s.control, 'verb', undefined, sensePattern(lemma, s), s.code);
    }
  }
  // the dictionary's verbs only where the tagger reads a verb ("legally binding", "maintain contact")
  if (info.dictionary && t.pos === 'VERB' && !gerund && !nounish && !(t.lower.endsWith('ing') && prev === 'of') && !participleModifier(tokens, i)) {
    const r = readVerb(tokens, i, info.dictionary, sentence());
    if (r) return trigger(i, r.end, r.relation, r.mode, false, 'verb', undefined, r.pattern, r.code, r.shape);
  }
  // ("the United States calls Russia an enemy": a word the tagger reads as the verb right after an
  // actor is that actor's verb, no event noun, when no reading of the verb holds)
  const actorsVerb = t.pos === 'VERB' && afterActor && !nounish;
  return info.ns && !actorsVerb ? nounTrigger(tokens, i, info.nl, info.ns, modifierAt, actorAt) : undefined;
}

/**
 * An -ing form after a preposition ("thanked Poland for supporting Ukraine", "the importance of
 * immediately starting talks"), or joined by "and"
 * or "or" to one with no other verb between ("for supporting Ukraine and providing weapons"): the
 * complement of what comes before, whose subject is not the clause's.
 */
export function gerundComplement(tokens: Token[], i: number): boolean {
  if (i === 0 || !tokens[i].lower.endsWith('ing')) return false;
  // "died from rockets and shelling of the Russian Federation": an -ing form "of" follows is a noun
  if (tokens[i + 1]?.lower === 'of' && tokens[i - 1].pos !== 'AUX') return true;
  // (past adverbs: "the importance of immediately starting talks")
  let p = i - 1;
  while (p > 0 && tokens[p].pos === 'ADV') p--;
  if (tokens[p].pos === 'ADP') return true;
  // (a list: "the importance of ensuring stability, resolving pressing issues"; not a participle
  // with its preposition, "..., according to Reuters")
  const listed = tokens[i - 1].lower === ',' && tokens[i + 1]?.pos !== 'ADP';
  if (tokens[i - 1].lower !== 'and' && tokens[i - 1].lower !== 'or' && !listed) return false;
  // (after a comma, the list's item before it, up to another comma: not "..., according to Reuters, citing")
  const stops = tokens[i - 1].lower === ',' ? /^[;.,]$/ : /^[;.]$/;
  for (let k = i - 2; k > 0 && k >= i - 12; k--) {
    const w = tokens[k];
    if (w.lower.endsWith('ing') && tokens[k - 1].pos === 'ADP') return true;
    if (w.pos === 'AUX' || (w.pos === 'VERB' && !w.lower.endsWith('ing')) || stops.test(w.lower)) return false;
  }
  return false;
}

/** "calls for sanctions", "calls on Congress to", "the call to pass": an appeal's preposition or infinitive after the noun ("calls on Monday" aside). */
function appealFollows(tokens: Token[], i: number): boolean {
  const p = tokens[i + 1]?.lower ?? '';
  if (p === 'for' || infinitiveAfterTime(tokens, i + 1)) return true;
  if (!APPEAL_ON.has(p)) return false;
  const next = tokens[i + 2]?.lower === 'the' ? tokens[i + 3] : tokens[i + 2];
  return !!next && !TIME_WORDS.has(next.lower) && !/^\d/.test(next.text);
}

/** "to pass", "this evening to enact": an infinitive at k, after a time adjunct of up to three words. */
function infinitiveAfterTime(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < k + 3 && TIME_WORDS.has(tokens[j]?.lower ?? '')) j++;
  return tokens[j]?.lower === 'to' && tokens[j + 1]?.pos === 'VERB';
}

/** An event noun as a trigger when something carries it (a light verb, a modifier, "was held"), unless hedged. */
function nounTrigger(tokens: Token[], i: number, nl: string, ns: NounSense, modifierAt: (k: number) => boolean, actorAt: (k: number) => boolean): Trigger | undefined {
  const n = tokens.length;
  const prev = i > 0 ? tokens[i - 1].lower : '';
  let relation = ns.relation;
  // "missile strikes", "Russian strikes": a state's strikes are military, a walk-out is a group's
  if (nl === 'strike' && (MILITARY_STRIKE.has(prev) || (i > 0 && modifierAt(i - 1)))) relation = 'ATTACKED';
  // "Ukraine's calls for sanctions": followed by "for", some nouns name an appeal (data)
  const withFor = NOUNS_WITH_FOR[nl];
  if (withFor && appealFollows(tokens, i)) relation = withFor;
  // "the Ukrainian Breakfast" (at Davos): a capitalised noun after a demonym names an occasion, not its act
  const named = tokens[i].upper && i > 0 && modifierAt(i - 1);
  let carrier = i > 0 && !named && (modifierAt(i - 1) || tokens[i - 1].lower === "'s") ? i - 1 : carrierBefore(tokens, i);
  // "The dialogue was held on February 20", "talks took place"
  if (carrier < 0 && i + 2 < n && HELD_AUXILIARY.has(tokens[i + 1].lower) && HELD_VERBS.has(tokens[i + 2].lower)) carrier = i + 2;
  if (carrier < 0 && i + 2 < n && TOOK_PLACE.has(tokens[i + 1].lower) && tokens[i + 2].lower === 'place') carrier = i + 1;
  // "the attack by Russia": an actor as the noun's agent carries it, as a possessor does
  const agent = carrier < 0 ? byAgentAt(tokens, i, actorAt) : -1;
  if (agent >= 0 && actorAt(agent)) carrier = i + 1;
  if (carrier < 0) return undefined;
  // "under the pretext of the Russian invasion", "the threat of a Russian invasion": a named
  // happening that is feared, alleged or averted is not reported as having happened
  if (hedged(tokens, Math.min(i, carrier)) || possibleAfter(tokens, i)) return undefined;
  // "lodged a protest with Albania" is a diplomatic complaint, not a demonstration
  if (relation === 'PROTESTED' && carrier >= 0 && DIPLOMATIC_CARRIERS.has(verbLemma(tokens[carrier].lower))) relation = 'CRITICIZED';
  // "offered a meeting", "proposed talks": an intent to meet (CAMEO 036), not a meeting held
  if ((relation === 'MET_WITH' || relation === 'VISITED') && PROPOSAL_CARRIERS.has(verbLemma(tokens[carrier].lower))) relation = 'AGREED';
  let mode = ns.mode;
  for (let k = Math.max(0, i - 3); k < i; k++) mode = MODE_WORDS[tokens[k].lower] ?? mode;
  return trigger(i, i, relation, mode, false, 'noun', carrier, `noun ${nl}`);
}

/** The light verb (or "take part in", or a possessor) a few words before the event noun at i; -1 when none. */
function carrierBefore(tokens: Token[], i: number): number {
  let reach = i - 5;
  for (let k = i - 1; k >= 0 && k >= reach; k--) {
    const l = tokens[k].lower;
    // "expressed its total rejection and strong condemnation": a coordinated event noun shares the carrier
    if (tokens[k + 1]?.lower === 'and' && own(NOUN_EVENTS, nounLemma(l))) {
      reach = k - 5;
      continue;
    }
    // a light verb carries the noun as a main verb, not as the auxiliary of another ("has received support")
    // (the event noun itself may be tagged a verb: "staged rallies")
    const auxiliary = (k + 1 !== i && tokens[k + 1]?.pos === 'VERB') || (tokens[k + 1]?.pos === 'ADV' && k + 2 !== i && tokens[k + 2]?.pos === 'VERB');
    if (LIGHT_VERBS.has(verbLemma(l)) && /^[a-z]+$/.test(l) && !auxiliary && !(k > 0 && DETERMINERS.has(tokens[k - 1].lower))) return k;
    // "speeded up the withdrawal": the particle of a phrasal light verb
    if (CARRIER_PARTICLES.has(l) && k > 0 && LIGHT_VERBS.has(verbLemma(tokens[k - 1].lower)) && tokens[k - 1].pos === 'VERB') return k - 1;
    // "took part in the expanded meeting": "take part in" carries the noun as a light verb does
    if (l === 'in' && k > 1 && tokens[k - 1].lower === 'part' && verbLemma(tokens[k - 2].lower) === 'take') return k - 2;
    // "Russia's unprovoked attack": the possessor carries the noun
    if (l === "'s" && k > 0 && ADJECTIVE.test(tokens[k + 1]?.lower ?? '')) return k;
    // "had a working meeting": a participle right before the noun describes it; "a long
    // conversation": so does a word the tagger reads as an adjective
    const participle = k === i - 1 && /^[a-z]+ing$/.test(l);
    if (!(SKIPPABLE.has(l) || l === ',' || l === 'and' || ADJECTIVE.test(l) || participle || tokens[k].pos === 'ADJ' || /^\d/.test(l))) break;
  }
  return -1;
}

/**
 * Object control: a verb the lexicon does not know, followed by actors and an infinitive, is a
 * directive to them ("impressed upon the US and NATO to respond", "encouraged Kyiv to engage"):
 * CALLED_FOR, the infinitive being what is asked. Verbs of trying, wanting and helping are not.
 */
function directiveAt(tokens: Token[], i: number, actorAt: (k: number) => boolean): Trigger | undefined {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !/^[a-z]+$/.test(t.lower) || NEUTRAL_CONTROL_VERBS.has(verbLemma(t.lower))) return undefined;
  let k = i + 1;
  if (k < tokens.length && DIRECTIVE_PARTICLES.has(tokens[k].lower)) k++;
  while (k < tokens.length && ARTICLES.has(tokens[k].lower)) k++;
  if (!(k < tokens.length && actorAt(k))) return undefined;
  while (k < tokens.length && (actorAt(k) || (/^(and|,|the)$/.test(tokens[k].lower) && actorAt(k + 1) ) || (/^(and|,)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'the' && actorAt(k + 2)))) k++;
  if (tokens[k]?.lower !== 'to' || tokens[k + 1]?.pos !== 'VERB') return undefined;
  return trigger(i, i, 'CALLED_FOR', undefined, false, 'verb', undefined, `${OBJECT_CONTROL} ${verbLemma(t.lower)} ACTOR to VERB`);
}

/** "a solution involving ministers": an -ing form right after a noun modifies it (a past form there is the verb). */
function participleModifier(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && (p.pos === 'NOUN' || p.pos === 'PROPN') && tokens[i].lower.endsWith('ing');
}

/** How an own verb reading is named in an event's `pattern`: "own urge", "own call for". */
function sensePattern(lemma: string, s: VerbSense): string {
  const parts = [`own ${lemma}`];
  if (s.next) parts.push(`(${s.next.join('|')})`);
  if (s.object) parts.push(`{${s.object.slice(0, 4).join('|')}${s.object.length > 4 ? '|...' : ''}}`);
  if (s.actorObject) parts.push('ACTOR');
  if (s.ofEntity) parts.push('OF_ENTITY');
  if (s.code) parts.push(`[${s.code}]`);
  return parts.join(' ');
}

/** Words before an event noun that say it did not (yet) happen, or is only claimed. */
const HEDGES = new Set(triggerWords.hedges);
const HEDGE_PHRASES = triggerWords.hedgePhrases.map((p) => p.split(' '));
const POSSIBILITY = new Set(triggerWords.possibilityPredicates);
const OBJECT_HEAD_STOPS = new Set(triggerWords.objectHeadStops);
const QUANTITY = new Set(eventWords.quantity);
const NOUNS_WITH_FOR = triggerWords.nounsWithFor as Record<string, Relation>;
// "calls on Congress to reform": besides "for", the prepositions of an appeal's addressee
const APPEAL_ON = new Set(triggerWords.appealOn);
const QUOTES = /^[“”"'‘’«»]$/;
const HOSTILE = relationClass('hostile');
const PROPOSAL_CARRIERS = new Set(triggerWords.proposalCarriers);
const ACTOR_OBJECT_MODIFIERS = new Set(triggerWords.actorObjectModifiers);
const OBJECT_PREPOSITIONS = new Set(triggerWords.objectPrepositions);
// time words: between a reporting verb and its clause ("said on Monday that"), after an actor
// object ("welcomed Macron today"), after "calls on" ("calls on Monday")
const TIME_WORDS = new Set(clauseWords.temporal);
const HELD_AUXILIARY = new Set(triggerWords.heldAuxiliary);
const SUBJECT_PRONOUNS = new Set(triggerWords.subjectPronouns);
const HELD_VERBS = new Set(triggerWords.heldVerbs);
const TOOK_PLACE = new Set(triggerWords.tookPlace);
const DIRECTIVE_PARTICLES = new Set(triggerWords.directiveParticles);
const ARTICLES = new Set(triggerWords.articles);
const POSSESSIVES = new Set(triggerWords.possessives);

export function hedged(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const l = tokens[k].lower;
    if (HEDGES.has(l) || HEDGE_PHRASES.some((p) => wordsEndAt(tokens, k, p))) return true;
    if (l === '.' || l === ';') return false;
  }
  return false;
}

/** "selective provocations by the Russian Federation are possible": the event noun at i is the subject of "be" and a word of possibility. */
function possibleAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    const t = tokens[k];
    if (isBe(t)) return POSSIBILITY.has(tokens[k + 1]?.lower ?? '') || (tokens[k + 1]?.pos === 'ADV' && POSSIBILITY.has(tokens[k + 2]?.lower ?? ''));
    if (/^(VERB|AUX|SCONJ|PUNCT)$/.test(t.pos ?? '')) return false;
  }
  return false;
}

const ADJECTIVE = /^[a-z]+(al|ive|ic|ous|ful|ed|less)$/;

/**
 * "the unprovoked attack", "Russia's brutal and unprovoked invasion": a word after adjectives that
 * follow a determiner, a possessive or a demonym is a noun, not a verb.
 */
export function afterAdjectives(tokens: Token[], i: number, modifierAt: (k: number) => boolean): boolean {
  let k = i - 1;
  let adjectives = 0;
  while (k >= 0 && adjectives < 4 && ((!tokens[k].upper && ADJECTIVE.test(tokens[k].lower)) || (adjectives > 0 && tokens[k].lower === 'and'))) {
    if (tokens[k].lower !== 'and') adjectives++;
    k--;
  }
  if (adjectives === 0 || k < 0) return false;
  const l = tokens[k].lower;
  return DETERMINERS.has(l) || l === "'s" || POSSESSIVES.has(l) || modifierAt(k);
}

/** Does a word form name an event verb (our readings or the CAMEO dictionary)? */
export function knownVerb(lower: string): boolean {
  return own(VERB_SENSES, verbLemma(lower)) !== undefined || dictionaryVerb(lower) !== undefined;
}
