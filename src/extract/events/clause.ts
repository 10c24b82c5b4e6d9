import words from '../lexicon/data/clause.words.json';
import triggerWords from '../lexicon/data/trigger.words.json';
import { nounLemma, pastParticiple, verbLemma } from '../lexicon/lemma';
import { REPORTING_VERBS } from '../lexicon/verbs';
import type { Token } from '../text/tokens';

/**
 * The clause analysis the event stage needs, from part-of-speech tags and closed word classes
 * (lexicon/data/clause.words.json): the verb group of a verb (auxiliaries, negation, modality,
 * infinitive marker, passive, coordination with an earlier verb) and where its subject stands.
 */
const set = (xs: string[]) => new Set(xs);
const AUX = set(words.auxiliary);
const PASSIVE_AUX = set(words.passiveAuxiliary);
const HYPOTHETICAL = set(words.hypotheticalModal);
const COUNTERFACTUAL = set(words.counterfactualModals);
const OBLIGATION = set(words.obligationModal);
const NEGATOR = set(words.negator);
const RELATIVE = set(words.relativePronoun);
const IMPERATIVE_MARKER = set(words.imperativeMarker);
const THING_RELATIVE = set(words.thingRelative);
const EXISTENTIAL = set(words.existential);
const BE_FORMS = set(triggerWords.be);
const PLACED_IN = set(words.placedIn);
const SUBORDINATOR = set(words.subordinator);
const CONDITIONAL = set(words.conditional);
const PENDING_CONDITIONAL = set(words.pendingConditional);
const INVERTED_CONDITIONAL = set(words.invertedConditional);
const QUESTION_AUXILIARY = set(words.questionAuxiliary);
const CAUSATIVE = set(words.causative);
const CLAUSE_OPENERS = set(words.clauseOpeners);
const BELIEF_THAT = set(words.beliefThat);
const CORRELATIVE_CONDITIONAL = words.correlativeConditional.map((w) => w.split(' '));
const INFINITIVE_SUBJECT_MARKER = set(words.infinitiveSubjectMarker);
const PURPOSE_CONJUNCTION = words.purposeConjunction.map((w) => w.split(' '));
const CONDITION_PHRASES = words.conditionPhrases.map((w) => w.split(' '));
// phrases that open a clause reporting no act: a purpose, a condition, or a comparative correlative's condition
const NO_ACT_OPENERS = [...PURPOSE_CONJUNCTION, ...CONDITION_PHRASES, ...CORRELATIVE_CONDITIONAL];
const COMITATIVE = words.comitative.map((w) => w.split(' '));
const ATTEMPT = set(words.attempt);
const RECIPROCAL = words.reciprocal.map((w) => w.split(' '));
const ASPECTUAL = set(words.aspectual);
const TEMPORAL = set(words.temporal);
const COMMISSIVE = set(words.commissive);
const INTENTION = set(words.intention);
const OBLIGATION_GOVERNORS = set(words.obligationGovernors);
const TEMPORAL_OPENERS = set(words.temporalOpeners);
const COMPLEMENT_PREPOSITIONS = set(words.complementPrepositions);
const OBJECT_POSSESSIVES = set(words.objectPossessives);
// possessive determiners, the list the trigger finder and the dictionary reader use
const POSSESSIVE_DETERMINERS = set(triggerWords.possessives);
// prepositions that may open a clause, and the subordinators: a noun phrase after them may be a subject
const CLAUSE_OPENING_PREPOSITIONS = set([...words.clauseOpeningPrepositions, ...words.subordinator, ...words.clauseSubordinator]);
// "at least", "more than": a number phrase's opening, read as one word before the number
const QUANTITY_LEAD = words.quantityLead.map((w) => w.split(' '));
const SPEECH_PERSON = set(words.speechPerson);
const SPEAKER_OR_ADDRESSEE = set(words.speakerOrAddressee);
const BARE_INFINITIVE_GOVERNOR = set(words.bareInfinitiveGovernor);
const OPENING_QUOTES = set(['"', '\u201c', '\u2018']);

export interface VerbGroup {
  /** first token of the group (an auxiliary, an adverb, the infinitive's "to") */
  start: number;
  head: number;
  infinitive: boolean;
  negated: boolean;
  /** may, might, could, can */
  hypothetical: boolean;
  /** must, should, have to, need to */
  obligation: boolean;
  passive: boolean;
  /** the head of an earlier verb this one is coordinated with ("killed, raped and wounded") */
  coordinatedWith?: number;
}

/** "who", "which", "that" opening a relative clause (clause.words `relativePronoun`). */
export const isRelativePronoun = (lower: string): boolean => RELATIVE.has(lower);
/** "because", "when", "if" ...: a word that opens a subordinate clause and is no preposition too (clause.words `subordinator`). */
export const isSubordinator = (lower: string): boolean => SUBORDINATOR.has(lower);

const isAdverb = (t: Token): boolean => t.pos === 'ADV' || t.pos === 'PART' && NEGATOR.has(t.lower);
const isModal = (l: string): boolean => HYPOTHETICAL.has(l) || OBLIGATION.has(l);

/** A past participle by its form: "attacked", "taken", "shown", "fought", "sent", "held". */
export function participleForm(lower: string): boolean {
  // the lexicon's tags first ("were shot down"); not the simple past of a verb whose participle
  // differs: "spoke by phone" is no passive
  return pastParticiple(lower) ?? (/(ed|en|wn|ht|nt|ne|ld|et)$/.test(lower) && pastForm(lower));
}

/** A past tense or participle: an inflected verb form that is neither an -s nor an -ing form ("struck", "spoke", "held"). */
export function pastForm(lower: string): boolean {
  return lower !== verbLemma(lower) && !/(s|ing)$/.test(lower);
}

/**
 * "the US military struck", "the Russian military then fired": a past form (`head`, its verb group
 * opening at `start`) after one adjective-like word that follows a name (`namedAt`) is the
 * clause's verb, neither a noun of the phrase nor a participle describing the next noun.
 */
export function pastAfterNamedWord(tokens: Token[], head: number, start: number, namedAt: (k: number) => boolean): boolean {
  return pastForm(tokens[head].lower) && start >= 2 && namedAt(start - 2);
}

/** "must immediately and unconditionally withdraw": "and" or "or" between two adverbs of a verb group. */
function adverbsJoinedAt(tokens: Token[], k: number): boolean {
  const l = tokens[k].lower;
  return (l === 'and' || l === 'or') && !!tokens[k - 1] && isAdverb(tokens[k - 1]) && isAdverb(tokens[k + 1]);
}

/** The verb group ending at the verb `head`: walks back over adverbs, negation, auxiliaries, modals and "to". */
export function verbGroup(tokens: Token[], head: number): VerbGroup {
  const g: VerbGroup = { start: head, head, infinitive: false, negated: false, hypothetical: false, obligation: false, passive: false, coordinatedWith: undefined };
  let k = head - 1;
  let sawAux = false;
  let modal: number | undefined;
  while (k >= 0) {
    const t = tokens[k];
    const l = t.lower;
    // "Theresa May has held talks": a capitalised word after a name is the name's, not a modal
    if (t.upper && k > 0 && tokens[k - 1].upper && tokens[k - 1].pos === 'PROPN') break;
    if (NEGATOR.has(l) || HYPOTHETICAL.has(l)) {
      // ("cannot": a negator and a modal of possibility at once)
      g.negated ||= NEGATOR.has(l);
      g.hypothetical ||= HYPOTHETICAL.has(l);
    } else if (OBLIGATION.has(l)) g.obligation = true;
    else if (OPENING_QUOTES.has(l) && k === head - 1) {
      // 'not to “allow the slide”': a quotation opening at the verb stays inside its group
    } else if (l === 'to' && !sawAux) {
      const before = tokens[k - 1]?.lower ?? '';
      // "has to withdraw", "need to act": obligation; otherwise an infinitive
      if (OBLIGATION_GOVERNORS.has(before)) {
        g.obligation = true;
        k -= 2;
        g.start = k + 1;
        continue;
      }
      g.infinitive = true;
      g.start = k;
      break;
    } else if (AUX.has(l)) {
      sawAux = true;
    } else if (l === ',' && (modal = adjunctAfterModal(tokens, k)) !== undefined) {
      // "must, within a month, approve": an adjunct between commas after the modal
      k = modal;
      continue;
    } else if (!((isAdverb(t) || inVerbGroup(tokens, k) || adverbsJoinedAt(tokens, k)) && !RELATIVE.has(l))) break;
    g.start = k;
    k--;
  }
  // "would have targeted them", "should have been stopped": what did not happen
  if (participleForm(tokens[head].lower) && tokens.slice(g.start, head).some((t, q) => COUNTERFACTUAL.has(t.lower) && tokens[g.start + q + 1]?.lower === 'have')) g.hypothetical = true;
  // "was attacked by", and the reduced relative "citizens illegally detained by Russia"
  if (participleForm(tokens[head].lower)) g.passive = passiveAfterAux(tokens, g.start, head) || participleWithAgent(tokens, g) || reducedRelative(tokens, g);
  // "suggested focusing on", "must stop sponsoring", "continued fighting": an -ing form right
  // after a verb is its complement, read as an infinitive is
  const before = tokens[g.start - 1];
  if (!g.infinitive && tokens[head].lower.endsWith('ing') && g.start === head && before?.pos === 'VERB') g.infinitive = true;
  // "to help resolve the issue", "helped find answers": a bare infinitive after help, let, make
  if (!g.infinitive && g.start === head && before && BARE_INFINITIVE_GOVERNOR.has(verbLemma(before.lower)) && tokens[head].lower === verbLemma(tokens[head].lower)) g.infinitive = true;
  // "were brought to the basements and used as human shields": a bare participle joined by "and"
  // to a passive is passive too, when no object follows it ("were satisfied ... and reaffirmed their")
  if (!g.passive && g.start === g.head && tokens[g.start - 1]?.lower === 'and' && participleForm(tokens[head].lower) && !/^(DET|NOUN|PROPN|NUM|PRON)$/.test(tokens[head + 1]?.pos ?? '')) {
    const v = previousVerb(tokens, g.start - 1, Math.max(0, g.start - 12));
    if (v !== undefined && !finiteClauseBetween(tokens, v + 1, g.start - 1) && verbGroup(tokens, v).passive) g.passive = true;
  }
  const co = coordinatedVerb(tokens, g.start) ?? coordinatedPhrase(tokens, g);
  if (co !== undefined) {
    g.coordinatedWith = co;
    const first = verbGroup(tokens, co);
    g.passive ||= first.passive && participleForm(tokens[head].lower);
    g.hypothetical ||= first.hypothetical;
    g.obligation ||= first.obligation;
    g.infinitive ||= first.infinitive;
  }
  return g;
}

/**
 * "citizens illegally detained by Russia", "civilians held captive by the Ukrainian military": a
 * participle (and an adjective it predicates) that a by-agent follows, no auxiliary or pronoun before it.
 */
function participleWithAgent(tokens: Token[], g: VerbGroup): boolean {
  const by = tokens[g.head + 1]?.pos === 'ADJ' ? g.head + 2 : g.head + 1;
  return tokens[by]?.lower === 'by' && !AUX.has(tokens[g.start - 1]?.lower ?? '') && tokens[g.start - 1]?.pos !== 'PRON';
}

/**
 * "we know about more than 300 civilians tortured ... and killed in Bucha": a bare participle with
 * no object, right after a noun phrase that is a preposition's or a verb's object, is a reduced
 * relative, passive; such an object is no subject (not one that opens a clause: "after Russia invaded").
 */
function reducedRelative(tokens: Token[], g: VerbGroup): boolean {
  if (tokens.slice(g.start, g.head).some((t) => !isAdverb(t))) return false;
  if (/^(DET|NOUN|PROPN|NUM|PRON|ADJ)$/.test(tokens[g.head + 1]?.pos ?? '') || !/^(NOUN|PROPN)$/.test(tokens[g.start - 1]?.pos ?? '')) return false;
  let k = g.start - 1;
  // (the phrase goes on over "of": "the President of Ukraine Volodymyr Zelenskyy met"; not over
  // "and", as nounPhraseStart does: "led by Minister X and Minister Y arrived" is no relative)
  while (k >= 0 && (/^(NOUN|PROPN|ADJ|NUM|DET)$/.test(tokens[k].pos ?? '') || tokens[k].lower === 'of')) k--;
  // "about more than 300 civilians": a number phrase's opening is inside the phrase
  for (let q = 1; q <= 2 && k - q + 1 >= 0; q++) if (quantityLead(tokens, k - q + 1) === q) k -= q;
  const before = tokens[k];
  if (objectOfVerb(tokens, k)) return true;
  if (before?.pos !== 'ADP' || CLAUSE_OPENING_PREPOSITIONS.has(before.lower)) return false;
  // (a verb before the preposition, in its clause: a fronted phrase opens no subject's clause,
  // "reminded that in the occupied cities Ukrainians protested")
  for (let j = k - 1; j >= 0 && tokens[j].lower !== ',' && tokens[j].pos !== 'SCONJ' && !RELATIVE.has(tokens[j].lower); j--) {
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return true;
  }
  return false;
}

/**
 * "freed a Turkish consulate employee accused of involvement", "seen the announcement of 3,000 U.S.
 * forces headed to Poland": the phrase before the participle is the object of the verb at k, a
 * finite one after its subject (not an -ing attribute, not a clause's opening participle) that
 * reports no speech: after "said" a bare noun phrase opens a clause of its own ("said Russian troops withdrew").
 */
function objectOfVerb(tokens: Token[], k: number): boolean {
  const v = tokens[k];
  if (v?.pos !== 'VERB' || v.lower.endsWith('ing') || AUX.has(v.lower) || REPORTING_VERBS.has(verbLemma(v.lower))) return false;
  return /^(NOUN|PROPN|PRON|ADV|AUX)$/.test(tokens[k - 1]?.pos ?? '');
}

/** The modal or auxiliary before an adjunct that ends at the comma k and opens at another comma ("must, within a month, approve"). */
function adjunctAfterModal(tokens: Token[], k: number): number | undefined {
  for (let p = k - 1; p > 0 && p >= k - 6; p--) {
    const l = tokens[p].lower;
    if (l === ',') return isModal(tokens[p - 1].lower) || AUX.has(tokens[p - 1].lower) ? p - 1 : undefined;
    if (/^(VERB|AUX|PUNCT)$/.test(tokens[p].pos ?? '')) return undefined;
  }
  return undefined;
}

/**
 * "has since refused", "has so far rejected", "had before agreed": a word right after an auxiliary
 * with only adverbs between it and a verb is an adverb of the verb group, whatever the tagger says
 * and though it can open a clause elsewhere.
 */
export function inVerbGroup(tokens: Token[], k: number): boolean {
  if (k === 0 || !/^(ADV|SCONJ|ADP)$/.test(tokens[k].pos ?? '') || !AUX.has(tokens[k - 1].lower) || possessiveMark(tokens[k - 1])) return false;
  let j = k + 1;
  while (j < tokens.length && j <= k + 2 && tokens[j].pos === 'ADV') j++;
  return tokens[j]?.pos === 'VERB';
}

/**
 * "signed a roadmap, and a draft plan has been prepared with ...": "and" opening a clause of its
 * own, a noun phrase and its finite verb, where an object cannot reach.
 */
export function clauseJoinedAt(tokens: Token[], j: number): boolean {
  if (tokens[j].lower !== 'and') return false;
  let k = j + 1;
  while (k < tokens.length && k <= j + 6 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k].pos ?? '')) k++;
  if (k === j + 1 || !/^(NOUN|PROPN)$/.test(tokens[k - 1].pos ?? '')) return false;
  return tokens[k]?.pos === 'AUX' && !possessiveMark(tokens[k]);
}

/** "that its partners refuse ...": a "that" clause opening at k, with a verb of its own before the sentence's next stop. */
export function thatClauseAt(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'that') return false;
  for (let j = k + 2; j < tokens.length && j <= k + 12; j++) {
    if (/^[.;:!?]$/.test(tokens[j].lower)) return false;
    if (tokens[j].pos === 'VERB') return true;
  }
  return false;
}

// "was strongly condemned": a passive auxiliary among the group's words
function passiveAfterAux(tokens: Token[], start: number, head: number): boolean {
  for (let k = start; k < head; k++) if (PASSIVE_AUX.has(tokens[k].lower) && !isModal(tokens[k].lower)) return true;
  return false;
}

/**
 * "killed, tortured, raped, and wounded", "met and discussed": the verb this group is coordinated
 * with, when only "and", "or" and commas stand between this group and an earlier verb.
 */
export function coordinatedVerb(tokens: Token[], start: number): number | undefined {
  let k = start - 1;
  let joined = false;
  while (k >= 0 && /^(and|or|,)$/.test(tokens[k].lower)) {
    joined = true;
    k--;
  }
  if (!joined || k < 0) return undefined;
  const t = tokens[k];
  return t.pos === 'VERB' || (participleForm(t.lower) && t.pos !== 'PROPN' && !t.upper) ? k : undefined;
}

/**
 * "must maximize sanctions pressure on Russia and provide Ukraine with weapons": a plain verb form
 * right after "and" continues the verb phrase of the last verb before it (within a few words and
 * no clause boundary) whose group has a modal or "to", and shares its modality and subject.
 */
function coordinatedPhrase(tokens: Token[], g: VerbGroup): number | undefined {
  if (g.start !== g.head || tokens[g.start - 1]?.lower !== 'and' || tokens[g.head].lower !== verbLemma(tokens[g.head].lower)) return undefined;
  for (let k = g.start - 2; k >= 0 && k >= g.start - 12; k--) {
    const t = tokens[k];
    if (/^[;:.]$/.test(t.text) || RELATIVE.has(t.lower) || SUBORDINATOR.has(t.lower)) return undefined;
    if (t.pos !== 'VERB' || AUX.has(t.lower)) continue;
    const first = verbGroup(tokens, k);
    return first.obligation || first.hypothetical || first.infinitive ? k : undefined;
  }
  return undefined;
}

/** Where the subject of a verb group stands. */
export type SubjectSlot =
  /** the last token of the subject noun phrase */
  | { kind: 'phrase'; at: number }
  /** the subject is the coordinated verb's, or a parenthesis stands between: read it from the clause */
  | { kind: 'clause' }
  /** the group opens its clause: no subject in the sentence (imperative, fragment) */
  | { kind: 'none' }
  /** a participle with no subject before it, opening its clause or a list item ("...; and providing
   * relief"): no subject, and none from the act before either */
  | { kind: 'participle' }
  /** the verb phrase is joined by "and" to an earlier verb's, whose subject it shares */
  | { kind: 'verb'; at: number };

/**
 * The subject slot of a verb group: the noun phrase that ends right before it. A relative pronoun
 * stands for its antecedent ("Putin, who visited ..."); "and", a comma or a verb before the group
 * send the caller to the clause (coordinated verbs share their subject; "X, President of Y, said").
 */
export function subjectSlot(tokens: Token[], g: VerbGroup, clauseStart: number): SubjectSlot {
  const slot = slotBefore(tokens, g, clauseStart);
  return slot.kind === 'none' && tokens[g.head].lower.endsWith('ing') ? { kind: 'participle' } : slot;
}

function slotBefore(tokens: Token[], g: VerbGroup, clauseStart: number): SubjectSlot {
  if (g.coordinatedWith !== undefined) return { kind: 'verb', at: g.coordinatedWith };
  let k = skipTemporal(tokens, skipParenthesis(tokens, g.start - 1, clauseStart), clauseStart);
  // "Mr Larionov and Mr Levitin, please accept": an imperative; the names before it are whom it addresses
  if (IMPERATIVE_MARKER.has(tokens[k]?.lower ?? '') || IMPERATIVE_MARKER.has(tokens[g.start].lower)) return { kind: 'none' };
  if (k < clauseStart) {
    // the clause opens with the verb; a relative pronoun just before the clause stop still counts
    if (k >= 0 && RELATIVE.has(tokens[k].lower)) return antecedent(tokens, k);
    return { kind: 'none' };
  }
  const l = tokens[k].lower;
  if (RELATIVE.has(l)) return antecedent(tokens, k);
  // "...: Calling for resources ...; taking actions ...; and providing relief": an -ing verb opening
  // a list item after a colon or a semicolon has no subject in the sentence
  const itemOpener = l === ';' || l === ':' || (l === 'and' && /^[;:]$/.test(tokens[k - 1]?.lower ?? ''));
  if (itemOpener && tokens[g.head].lower.endsWith('ing')) return { kind: 'none' };
  if (l === 'and' || l === ',') {
    // "to fix the system and provide a pathway", "to support Ukraine, impose costs on Russia, and
    // reinforce NATO's flank": a bare verb joined to an infinitive is an infinitive, nobody's act
    if (infinitiveJoined(tokens, g, k, clauseStart)) return { kind: 'none' };
    // "Purposefully killing civilians, destroying residential neighborhoods": a bare -ing form
    // after another is the next item of a participle list, whose subject is not its object
    if (participleListItem(tokens, g, k, clauseStart)) return { kind: 'participle' };
    // "affirmed their solidarity with X and condemned ...": the earlier verb's subject (not a
    // participle in a noun phrase: "in response to Russia's continued military build-up, reaffirmed")
    let v = previousVerb(tokens, k, clauseStart);
    while (v !== undefined && attributiveAt(tokens, v)) v = previousVerb(tokens, v, clauseStart);
    if (v !== undefined) return { kind: 'verb', at: v };
  }
  if (l === ',' || l === 'and' || l === ')' || l === '"' || l === '\u201d') return { kind: 'clause' };
  const pos = tokens[k].pos;
  if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'X' || (tokens[k].upper && pos !== 'ADJ')) {
    // "Leaders who met with Biden condemned": a phrase inside a relative clause is not the subject, its antecedent is
    const rel = relativeClauseOver(tokens, k, clauseStart);
    if (rel !== undefined) return antecedent(tokens, rel);
    return { kind: 'phrase', at: reducedRelativeHead(tokens, k, clauseStart) ?? k };
  }
  if (pos === 'SCONJ' || CONDITIONAL.has(l)) return { kind: 'none' };
  return { kind: 'clause' };
}

/**
 * Is the bare -ing form g, after the comma or "and" at k, an item of a list of participles that
 * opens the clause ("Purposefully killing civilians, destroying ...")? Not one after a finite
 * verb ("The Russian army is using ..., killing civilians and destroying their homes").
 */
function participleListItem(tokens: Token[], g: VerbGroup, k: number, clauseStart: number): boolean {
  const bare = (j: number) => tokens[j].lower.endsWith('ing') && !AUX.has(tokens[j - 1]?.lower ?? '') && tokens[j - 1]?.lower !== 'to';
  if (g.start !== g.head || !bare(g.head)) return false;
  let first = clauseStart;
  while (first < k && isAdverb(tokens[first])) first++;
  if (first >= k || tokens[first].pos !== 'VERB' || !bare(first)) return false;
  for (let j = first + 1; j < k; j++) if ((tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') && !bare(j)) return false;
  return true;
}

/**
 * "British aircraft using precision guided missiles killed": the noun phrase ending at k is the
 * object of an -ing participle that describes the noun before it,
 * which is the verb's subject. Its head, or undefined.
 */
function reducedRelativeHead(tokens: Token[], k: number, clauseStart: number): number | undefined {
  let s = k;
  const inPhrase = (t: Token, next: Token) => /^(NOUN|PROPN|ADJ|NUM|DET)$/.test(t.pos ?? '') || (t.pos === 'VERB' && participleForm(t.lower) && next.pos === 'NOUN');
  while (s - 1 > clauseStart && inPhrase(tokens[s - 1], tokens[s])) s--;
  const p = s - 1;
  // (not a past participle with its preposition, "armed with": as often a finite verb, "thanked for")
  if (p <= clauseStart || !(tokens[p].pos === 'VERB' && tokens[p].lower.endsWith('ing'))) return undefined;
  const h = p - 1;
  return h >= clauseStart && /^(NOUN|PROPN)$/.test(tokens[h].pos ?? '') ? h : undefined;
}

/**
 * "Representatives of countries that invest in the Russian economy are taking part": the relative
 * pronoun (after the clause's opening noun phrase) whose clause, with a verb of its own, holds the
 * phrase ending at k; undefined when none ("During the meeting that took place in Kyiv Zelenskyy
 * stressed": the antecedent's phrase does not open the clause).
 */
function relativeClauseOver(tokens: Token[], k: number, clauseStart: number): number | undefined {
  const isVerb = (t: Token | undefined) => t?.pos === 'VERB' || t?.pos === 'AUX';
  // (one verb group in the relative clause: "the tragedy that befell Donbass has made Russia launch"
  // is the main verb's object after it)
  let groups = 0;
  // (the relative pronoun may itself have opened the clause: "Leaders who met with Biden condemned")
  for (let j = k - 1; j > 0 && j >= clauseStart - 1 && j >= k - 25; j--) {
    const t = tokens[j];
    if (/^[;:"\u201c\u201d]$/.test(t.lower) || t.pos === 'SCONJ' || CLAUSE_OPENING_PREPOSITIONS.has(t.lower)) return undefined;
    if (RELATIVE.has(t.lower) && /^(NOUN|PROPN)$/.test(tokens[j - 1].pos ?? '')) {
      const start = nounPhraseStart(tokens, j - 1, 0);
      return groups === 1 && (start === 0 || start === clauseStart || /^(,|and|but|that)$/.test(tokens[start - 1].lower)) ? j : undefined;
    }
    if (isVerb(t) && !isVerb(tokens[j - 1])) groups++;
  }
  return undefined;
}

/** "The World Health Organization (WHO) is providing": a parenthesis between subject and verb, skipped. */
function skipParenthesis(tokens: Token[], k: number, clauseStart: number): number {
  if (tokens[k]?.lower !== ')') return k;
  for (let j = k - 1; j > clauseStart && j >= k - 8; j--) if (tokens[j].lower === '(') return j - 1;
  return k;
}

/** "Yeltsin on Saturday hosted", "the government today welcomed": a time adjunct between subject and verb. */
export function skipTemporal(tokens: Token[], k: number, clauseStart: number): number {
  const from = k;
  while (k >= clauseStart && (TEMPORAL.has(tokens[k].lower) || /^\d{1,4}(st|nd|rd|th)?$/.test(tokens[k].lower))) k--;
  // only a run that holds a time word, not a lone "on" or "this"
  return tokens.slice(k + 1, from + 1).some((t) => !TEMPORAL_OPENERS.has(t.lower)) ? k : from;
}

// "vaccines that may provide": the noun before the relative pronoun (and its comma)
function antecedent(tokens: Token[], rel: number): SubjectSlot {
  let k = rel - 1;
  if (k >= 0 && tokens[k].lower === ',') k--;
  if (k < 0) return { kind: 'none' };
  const pos = tokens[k].pos;
  // "said that ...": a complementiser, not a relative pronoun
  if (tokens[rel].lower === 'that' && !(pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || tokens[k].upper)) return { kind: 'clause' };
  // "a Command Post in Poland, which will improve": the place phrase's noun, not the place
  if (THING_RELATIVE.has(tokens[rel].lower) && /^(NOUN|PROPN)$/.test(pos ?? '')) {
    const s = nounPhraseStart(tokens, k, 0);
    if (s > 1 && PLACED_IN.has(tokens[s - 1].lower) && /^(NOUN|PROPN)$/.test(tokens[s - 2].pos ?? '')) return { kind: 'phrase', at: s - 2 };
  }
  return { kind: 'phrase', at: k };
}

/** Where the subject stands before a companion phrase ending at k ("Washington along with its allies"): its last token, or undefined. */
export function beforeCompanion(tokens: Token[], k: number, clauseStart: number): number | undefined {
  let start = nounPhraseStart(tokens, k, clauseStart);
  if (start > clauseStart && POSSESSIVE_DETERMINERS.has(tokens[start - 1].lower)) start--;
  for (const p of COMITATIVE) if (start - p.length > clauseStart && wordsEndAt(tokens, start - 1, p)) return start - p.length - 1;
  return undefined;
}

/** Is the object after a verb ending at `end` the subjects' shared one ("their diplomatic ties", "each other")? */
export function reciprocalObject(tokens: Token[], end: number): boolean {
  for (let k = end + 1; k < tokens.length && k <= end + 3; k++) if (RECIPROCAL.some((p) => wordsEndAt(tokens, k + p.length - 1, p))) return true;
  return false;
}

/** Does this word open a condition ("if", "unless")? */
export function opensCondition(lower: string): boolean {
  return CONDITIONAL.has(lower);
}

/** Is the clause of the verb group g, opening at `clauseStart`, a condition or a purpose ("if Russia invades", "until Russia withdraws", "so that Russia seeks peace")? */
export function conditionalClause(tokens: Token[], clauseStart: number, g: VerbGroup): boolean {
  let pending = false;
  for (let k = Math.max(0, clauseStart - 1); k < g.start; k++) {
    if (CONDITIONAL.has(tokens[k].lower) || NO_ACT_OPENERS.some((p) => wordsEndAt(tokens, k, p))) return true;
    pending ||= PENDING_CONDITIONAL.has(tokens[k].lower);
  }
  if (invertedClause(tokens, clauseStart, g) || expectedClause(tokens, g)) return true;
  // "until Russia withdraws its troops", "until Russia begins to seek peace" (not "until Russia withdrew")
  if (!pending) return false;
  for (let k = g.start; k <= g.head; k++) if (pastForm(tokens[k].lower) && tokens[k].pos !== 'ADV') return false;
  return true;
}

/** "expressed confidence that Canada will continue to provide": the verb is in a clause a word of belief opens. */
function expectedClause(tokens: Token[], g: VerbGroup): boolean {
  for (let k = g.start - 1; k > 0 && k >= g.start - 15; k--) {
    const l = tokens[k].lower;
    if (/^[.;:!?]$/.test(l)) return false;
    if (l === 'that') return BELIEF_THAT.has(tokens[k - 1].lower);
  }
  return false;
}

/**
 * "a swift response should Russia invade Ukraine", "should it further invade": a modal before the
 * verb's subject opens a condition; "- will Russia invade Ukraine;": an auxiliary opening the
 * clause before its subject asks a question.
 */
function invertedClause(tokens: Token[], clauseStart: number, g: VerbGroup): boolean {
  const s = phraseBefore(tokens, g, clauseStart);
  if (s === undefined) return false;
  if (invertedModal(tokens, s - 1)) return true;
  const opener = s - 2 < 0 || CLAUSE_OPENERS.has(tokens[s - 2].lower);
  return opener && QUESTION_AUXILIARY.has(tokens[s - 1].lower);
}

/** Where the noun phrase (or pronoun) right before the verb group starts, when one stands there and a word before it. */
function phraseBefore(tokens: Token[], g: VerbGroup, clauseStart: number): number | undefined {
  const k = g.start - 1;
  if (k <= clauseStart || !/^(NOUN|PROPN|PRON)$/.test(tokens[k].pos ?? '')) return undefined;
  const s = tokens[k].pos === 'PRON' ? k : nounPhraseStart(tokens, k, clauseStart);
  return s > 0 ? s : undefined;
}

/**
 * "to make Russia seek peace", "to help Ukraine defend itself": a bare verb right after a
 * causative's object (not after "made": "made Russia withdraw" says it withdrew) is a goal or a
 * permission, no act reported.
 */
export function causedComplement(tokens: Token[], g: VerbGroup, clauseStart: number): boolean {
  const v = tokens[g.head];
  if (g.start !== g.head || verbLemma(v.lower) !== v.lower) return false;
  const s = phraseBefore(tokens, g, clauseStart);
  return s !== undefined && CAUSATIVE.has(tokens[s - 1].lower);
}

/** Is the modal at k one that opens a condition before its subject ("should it invade", not "it should invade")? */
export function invertedModal(tokens: Token[], k: number): boolean {
  return INVERTED_CONDITIONAL.has(tokens[k]?.lower ?? '') && /^(PRON|PROPN|DET)$/.test(tokens[k + 1]?.pos ?? '');
}

/** Do these words end at token k ("so that", "in the event of")? */
export function wordsEndAt(tokens: Token[], k: number, phrase: string[]): boolean {
  const from = k - phrase.length + 1;
  return from >= 0 && phrase.every((w, j) => tokens[from + j].lower === w);
}

/** "Russia's", "the G7 Leaders' Summit": a possessive mark (the tokens' lower form folds curly apostrophes). */
export function possessiveMark(t: Token | undefined): boolean {
  return t?.lower === "'s" || t?.lower === "'";
}

/** A possessive determiner ("my", "his", "their") or a possessive mark ("'s"): what owns the noun after it. */
export function possessor(t: Token | undefined): boolean {
  return possessiveMark(t) || (!!t && POSSESSIVE_DETERMINERS.has(t.lower));
}

/**
 * "continued to shell": an infinitive after a verb of continuing or beginning is the act itself;
 * after "is willing", "is ready" it is the act promised (the event stage reads it as intended).
 * The governor's subject is the infinitive's. A hostile act tried is done too (`hostile`: "is trying
 * to occupy", "Russia's attempt to seize"), an agreement tried is not ("trying to agree").
 */
export function aspectualGovernor(tokens: Token[], g: VerbGroup, hostile = false): number | undefined {
  if (!g.infinitive) return undefined;
  const k = g.start - 1;
  if (k < 0) return undefined;
  const lemma = verbLemma(tokens[k].lower);
  return ASPECTUAL.has(lemma) || (INTENTION.has(lemma) && tokens[k].pos === 'VERB') || COMMISSIVE.has(tokens[k].lower) || (hostile && (ATTEMPT.has(lemma) || ATTEMPT.has(nounLemma(tokens[k].lower)))) ? k : undefined;
}

/**
 * "for Russia to start seeking peace", "the time for the world to act": an infinitive with its own
 * subject after "for" (a noun phrase between the marker and "to") names a goal, not an act.
 */
export function overtInfinitiveSubject(tokens: Token[], g: VerbGroup): boolean {
  if (!g.infinitive || tokens[g.start]?.lower !== 'to' || g.start < 2) return false;
  const k = nounPhraseStart(tokens, g.start - 1, 0) - 1;
  return k >= 0 && k < g.start - 1 && INFINITIVE_SUBJECT_MARKER.has(tokens[k].lower);
}

/**
 * "began a hunger strike to protest", "blocked a road to protest": the main verb of the clause an
 * infinitive of purpose ends (the last verb before its "to", from the clause start on).
 */
export function purposeGovernor(tokens: Token[], g: VerbGroup, clauseStart: number): number | undefined {
  if (!g.infinitive) return undefined;
  for (let k = g.start - 2; k >= clauseStart; k--) if (tokens[k].pos === 'VERB' && !AUX.has(tokens[k].lower)) return k;
  return undefined;
}

/** Does token k open its sentence, at most after an opening adjunct and its comma ("For her part, she")? */
export function opensSentence(tokens: Token[], k: number): boolean {
  if (k === 0) return true;
  return k <= 6 && tokens[k - 1].lower === ',' && tokens.slice(0, k - 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.lower !== ',');
}

/**
 * Speech in the first or second person ("they are wagging their finger at us", "they will not
 * agree with you"): "they" there is the speaker's opponents, not the meeting a readout reports.
 */
export function firstOrSecondPerson(tokens: Token[]): boolean {
  return tokens.some((t) => t.pos === 'PRON' && SPEECH_PERSON.has(t.lower));
}

/** "I", "me", "you": one speaking for oneself or to someone (a joint statement's "we" is its signatories). */
export function speaksForOneself(tokens: Token[]): boolean {
  return tokens.some((t) => t.pos === 'PRON' && SPEAKER_OR_ADDRESSEE.has(t.lower));
}

/**
 * "..., the President said.", "... ," Zelenskyy added": the actor between a comma (or a closing
 * quote) and a reporting verb is the speaker of what came before, not one of its actors.
 */
export function speechAttribution(tokens: Token[], start: number, end: number): boolean {
  let k = start - 1;
  if (tokens[k]?.lower === 'the') k--;
  const before = tokens[k]?.lower ?? '';
  const reporting = (t: Token | undefined) => t?.pos === 'VERB' && REPORTING_VERBS.has(verbLemma(t.lower));
  // '..., the President said' and the inverted '...," said the President'
  return QUOTE_OR_COMMA.test(before) ? reporting(tokens[end]) : reporting(tokens[k]) && QUOTE_OR_COMMA.test(tokens[k - 1]?.lower ?? '');
}
const QUOTE_OR_COMMA = /^(,|"|\u201d|\u2019|')$/;

/**
 * "the attack by Russia", "the invasion by the Russian Federation": where the by-agent of the event
 * noun ending at `end` opens (past an article no mention holds, `inMention`); -1 when "by" does not follow.
 */
export function byAgentAt(tokens: Token[], end: number, inMention: (k: number) => boolean): number {
  // "the support for our state by the Republic of Poland": past the noun's short complement (not
  // in a name: "the Summit for Democracy by")
  if (/^(for|to)$/.test(tokens[end + 1]?.lower ?? '') && !tokens[end].upper) {
    let k = end + 2;
    let named = false;
    for (; k <= end + 5 && /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[k]?.pos ?? ''); k++) if (inMention(k)) named = true;
    // (a complement naming someone: not "support for efforts by Secretary General Stoltenberg")
    if (named && tokens[k]?.lower === 'by') end = k - 1;
  }
  if (tokens[end + 1]?.lower !== 'by') return -1;
  return tokens[end + 2]?.pos === 'DET' && !inMention(end + 2) ? end + 3 : end + 2;
}

/** A question: the sentence's last word-bearing token is "?". */
export function isQuestion(tokens: Token[]): boolean {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const l = tokens[k].lower;
    if (l === '?') return true;
    if (!/^["'\u201d\u2019)\]]$/.test(l)) return false;
  }
  return false;
}

/**
 * Does the verb ending at `end` take an actor as its direct object ("destroyed the Ukrainian
 * army", "took Belarus")? Determiners, numbers and adjectives may stand before it.
 */
export function actorObject(tokens: Token[], end: number, actorStartsAt: (k: number) => boolean): boolean {
  let k = end + 1;
  while (k < tokens.length && k <= end + 4 && (tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || (tokens[k].pos === 'ADJ' && !actorStartsAt(k)))) k++;
  return k < tokens.length && actorStartsAt(k);
}

/** The token after an event noun's own complement preposition ("aggression against", "invasion of"). */
export function nounComplementAt(tokens: Token[], noun: number): number | undefined {
  const l = tokens[noun + 1]?.lower;
  return l !== undefined && COMPLEMENT_PREPOSITIONS.has(l) ? noun + 2 : undefined;
}

/**
 * The first token of the noun phrase ending at `head`: determiners, numbers, adjectives, nouns,
 * names, possessives and "of"/"and" inside it ("Athens' foreign ministry", "Four Taliban members",
 * "senior members of Congress", "Kuwait and its allies").
 */
export function nounPhraseStart(tokens: Token[], head: number, clauseStart: number): number {
  let k = head;
  while (k - 1 >= clauseStart) {
    const t = tokens[k - 1];
    // "Kuwait and its allies": a possessive determiner right after "and" joins the phrase
    const determiner = t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.lower) && tokens[k - 2]?.lower === 'and');
    // ("Russia's treacherous, unprovoked invasion": a comma between adjectives)
    const inPhrase = determiner || commaBetweenAdjectives(tokens, k - 1) || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || /^('s|'|of|and)$/.test(t.lower);
    if (!inPhrase || RELATIVE.has(t.lower)) break;
    k--;
    // (a determiner opens its phrase: "on the Ukrainian port of Olvia the company undertook", not
    // after "of", "and" or a possessive mark, nor "all the")
    if (t.pos === 'DET' && /^(NOUN|PROPN|NUM|ADJ)$/.test(tokens[k - 1]?.pos ?? '') && tokens[k - 1].lower !== "'s") break;
  }
  while (k < head && /^(of|and)$/.test(tokens[k].lower)) k++;
  return k;
}

/** The nearest finite verb before `k` in the clause (not an infinitive's, not a participle after a noun). */
export function previousVerb(tokens: Token[], k: number, clauseStart: number): number | undefined {
  for (let j = k - 1; j >= clauseStart; j--) {
    if (tokens[j].pos !== 'VERB') continue;
    // an infinitive ("to join") or an -ing form ("becoming") inside the first verb's phrase
    if (tokens[j - 1]?.lower === 'to' || tokens[j].lower.endsWith('ing')) continue;
    return j;
  }
  return undefined;
}

/**
 * "there's not going to be U.S. troops fighting in Ukraine": where the existential clause opens
 * whose noun phrase the bare participle g follows (its tense and negation are the participle's), or undefined.
 */
export function existentialOpening(tokens: Token[], g: VerbGroup, clauseStart: number): number | undefined {
  if (g.start !== g.head || !tokens[g.head].lower.endsWith('ing') || g.start <= clauseStart) return undefined;
  const be = nounPhraseStart(tokens, g.start - 1, clauseStart) - 1;
  if (!BE_FORMS.has(tokens[be]?.lower ?? '')) return undefined;
  for (let j = be - 1; j >= clauseStart && j >= be - 6; j--) {
    if (EXISTENTIAL.has(tokens[j].lower)) return j;
    if (!/^(AUX|PART|ADV|VERB)$/.test(tokens[j].pos ?? '')) return undefined;
  }
  return undefined;
}

/** Is the verb group g, a bare verb with "and" or a comma at k before it, joined to an infinitive (the nearest verb before k)? */
export function infinitiveJoined(tokens: Token[], g: VerbGroup, k: number, clauseStart: number): boolean {
  const v = tokens[g.head].lower;
  // a bare verb, adverbs before it aside ("and unequivocally condemn")
  if (tokens.slice(g.start, g.head).some((x) => x.pos !== 'ADV') || verbLemma(v) !== v) return false;
  for (let j = k - 1; j >= clauseStart; j--) if ((tokens[j].pos === 'VERB' && !attributiveAt(tokens, j)) || tokens[j].pos === 'AUX') return tokens[j - 1]?.lower === 'to';
  return false;
}

/** A verb form after a possessive or a determiner and before a noun or adjective: a participle describing the noun. */
function attributiveAt(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const opens = !!prev && (prev.lower === "'s" || prev.pos === 'DET' || (prev.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(prev.lower)));
  return opens && /^(NOUN|ADJ|PROPN)$/.test(tokens[j + 1]?.pos ?? '');
}

/** Does a noun phrase follow the verb ending at `end` as its object ("withdraw its troops")? An intransitive use ("Ukraine will fight") has none. */
export function directObject(tokens: Token[], end: number): boolean {
  let k = end + 1;
  while (k < tokens.length && tokens[k].pos === 'ADV') k++;
  k += quantityLead(tokens, k);
  const t = tokens[k];
  // "provides €45m support": a currency sign before a number opens an amount
  const amount = t?.pos === 'SYM' && tokens[k + 1]?.pos === 'NUM';
  // "demonstrated great internal unity": adjectives before the noun
  let a = k;
  while (tokens[a]?.pos === 'ADJ' && a < k + 4) a++;
  return !!t && (amount || t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos === 'PRON' && OBJECT_POSSESSIVES.has(t.lower)) || (t.pos === 'ADJ' && tokens[a]?.pos === 'NOUN'));
}

/** Is the token at k a comma between two adjectives ("a more complex, philosophical explanation")? */
export function commaBetweenAdjectives(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === ',' && tokens[k - 1]?.pos === 'ADJ' && tokens[k + 1]?.pos === 'ADJ';
}

/** The length of a number phrase's opening at k ("at least 19", "more than 1,500"), when a number follows; else 0. */
export function quantityLead(tokens: Token[], k: number): number {
  for (const lead of QUANTITY_LEAD) {
    if (lead.every((w, q) => tokens[k + q]?.lower === w) && tokens[k + lead.length]?.pos === 'NUM') return lead.length;
  }
  return 0;
}

/**
 * "the temporarily occupied territories", "the signed agreements": a past participle without an
 * auxiliary, after a determiner, an adverb or another verb and before a noun, describes the noun;
 * after an adjective too ("other occupied areas"), unless `pastAfterNamedWord` ("the US military
 * struck militia groups").
 */
export function attributiveParticiple(tokens: Token[], g: VerbGroup, namedAt: (k: number) => boolean): boolean {
  const t = tokens[g.head];
  if (!participleForm(t.lower) || g.passive || g.infinitive) return false;
  const next = tokens[g.head + 1];
  if (!next || (next.pos !== 'NOUN' && next.pos !== 'ADJ' && next.pos !== 'PROPN')) return false;
  for (let k = g.start; k < g.head; k++) if (tokens[k].pos !== 'ADV') return false;
  const before = tokens[g.start - 1];
  // "a strong and coordinated position": joined to an adjective before the noun
  const afterAdjective = before?.pos === 'CCONJ' && tokens[g.start - 2]?.pos === 'ADJ';
  // "the temporarily occupied cities, temporarily occupied communities": a list's next item, with
  // an adverb before the participle as before the first
  const listItem = before?.lower === ',' && tokens[g.start - 2]?.pos === 'NOUN' && g.start < g.head;
  // "limited by broken roads and destroyed bridges": joined to a noun phrase a preposition opens
  const joinedPhrase = before?.pos === 'CCONJ' && prepositionObject(tokens, g.start - 2);
  // "issues concerning convicted persons": right after another verb, no second verb of the clause
  return !before || afterAdjective || listItem || joinedPhrase || before.pos === 'DET' || before.pos === 'ADP' || (before.pos === 'ADJ' && !pastAfterNamedWord(tokens, g.head, g.start, namedAt)) || (before.pos === 'VERB' && !before.upper);
}

/**
 * Does the noun at k end a phrase that a preposition opens and an adjective or a participle opens
 * in turn, as the participle's own phrase after "and" ("by broken roads")? Not "on defense issues
 * and welcomed ongoing efforts", a verb joined to the clause's.
 */
function prepositionObject(tokens: Token[], k: number): boolean {
  const modifier = (t: Token) => t.pos === 'ADJ' || (t.pos === 'VERB' && participleForm(t.lower));
  if (tokens[k]?.pos !== 'NOUN') return false;
  let s = k;
  while (s - 1 >= 0 && (/^(NOUN|ADJ|NUM)$/.test(tokens[s - 1].pos ?? '') || modifier(tokens[s - 1]))) s--;
  return s < k && modifier(tokens[s]) && tokens[s - 1]?.pos === 'ADP';
}

/**
 * A headline's present-tense verb that the tagger read as a plural noun ("Russia attacks Ukraine",
 * "Saudi Arabia lifts blockade of Qatar"): in a sentence with no finite verb, an -s word right after
 * the actor that opens the sentence (or a part after a dash or colon), that `isVerb` knows as a verb
 * and that a noun phrase follows, is the verb. `actorStartBefore(i)`: where an actor ending at i starts.
 */
export function headlineVerb(tokens: Token[], actorStartBefore: (i: number) => number | undefined, isVerb: (lower: string) => boolean): number | undefined {
  const finite = tokens.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')));
  if (finite) return undefined;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const start = actorStartBefore(i);
    if (t.pos !== 'NOUN' || !/^[a-z]+s$/.test(t.text) || start === undefined) continue;
    const opens = start === 0 || (start === 1 && tokens[0].pos === 'DET') || /^[-:\u2013\u2014]$/.test(tokens[start - 1].text);
    return opens && isVerb(t.lower) && directObject(tokens, i) ? i : undefined;
  }
  return undefined;
}

/**
 * Verb forms the tagger read as adjectives or nouns where only a verb can stand: "Russian troops
 * blockaded the headquarters", "police tortured a 35-year-old inmate" (a past form between a noun
 * and a determiner or name), "is striking Hamas targets" (an -ing form after a form of "be", with
 * its object), "has blockaded", "was tortured by" (a participle after an auxiliary). Only forms
 * `isVerb` knows; "Ukrainian armed forces" (a noun after it) stays a phrase.
 */
export function misreadVerbs(tokens: Token[], isVerb: (lower: string) => boolean): number[] {
  const out: number[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !/^[a-z]+(ed|en|ing)$/.test(t.text) || !isVerb(t.lower)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const objectStarts = next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PROPN' || (next.pos === 'PRON' && OBJECT_POSSESSIVES.has(next.lower));
    const afterAux = prev.pos === 'AUX' && AUX.has(prev.lower);
    // "is (currently) striking ... targets"
    const be = prev.pos === 'ADV' && i > 1 ? tokens[i - 2] : prev;
    const progressive = t.lower.endsWith('ing') && be.pos === 'AUX' && PASSIVE_AUX.has(be.lower) && objectStarts;
    const past = !t.lower.endsWith('ing') && ((afterAux && (objectStarts || next.lower === 'by')) || ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && objectStarts));
    if (progressive || past) out.push(i);
  }
  return out;
}

/**
 * A clause of its own between two tokens: a finite verb right after its subject ("agreed to keep
 * working with Congress as the Administration prepares to impose ...": the imposing is not agreed).
 */
export function finiteClauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(from, 1); k < to; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' && !/ing$/.test(t.lower) && /^(NOUN|PROPN|PRON)$/.test(tokens[k - 1].pos ?? '')) return true;
  }
  return false;
}
