import eventWords from '../lexicon/data/event.words.json';
import clauseWords from '../lexicon/data/clause.words.json';
import { relationClass } from '../lexicon/relations';
import type { DictionaryShape } from '../lexicon/cameo';
import { nounLemma, verbLemma } from '../lexicon/lemma';
import { DOCUMENT_NOUNS, FORCE_NOUNS, HOPING_VERBS, REPORTING_VERBS } from '../lexicon/verbs';
import { isActorKind, type EntityRef, type Mention } from '../mentions/mention';
import { DOCUMENT_HEADS, RELATIVE_NOUNS, TITLE_WORDS, countryOwner } from '../mentions/words';
import type { Token } from '../text/tokens';
import { isSituationHead, normaliseTopic, type Topic } from '../topics';
import type { Mode, Relation } from '../types';
import { actorObject, causedComplement, infinitiveJoined, aspectualGovernor, clauseJoinedAt, inVerbGroup, invertedModal, opensSentence, existentialOpening, thatClauseAt, beforeCompanion, reciprocalObject, opensCondition, participleForm, byAgentAt, finiteClauseBetween, headlineVerb, misreadVerbs, purposeGovernor, overtInfinitiveSubject, isRelativePronoun, isSubordinator, attributiveParticiple, directObject, conditionalClause, possessiveMark, possessor, firstOrSecondPerson, nounComplementAt, nounPhraseStart, isQuestion, previousVerb, speechAttribution, subjectSlot, verbGroup, type VerbGroup } from './clause';
import { noteMention, resolveReference, statesOf, type Discourse } from './discourse';
import { eventNounSense, findTriggers, gerundComplement, isBe, knownVerb, OBJECT_CONTROL, reportingAt, type Trigger } from './triggers';

/** An event before ids are given: entities by reference, topic by key. */
export interface DraftEvent {
  relation: Relation;
  mode?: Mode;
  negated: boolean;
  confidence: number;
  source: EntityRef[];
  target: EntityRef[];
  about: EntityRef[];
  topic?: { topic: Topic; start: number; end: number; text: string };
  speaker?: EntityRef;
  date?: string;
  /** the date came from the sentence itself */
  explicitDate: boolean;
  /** the dictionary pattern or rule that coded the event */
  pattern: string;
  /** the CAMEO code of the reading that coded the act (none once the act is read as an intent or a charge) */
  code?: string;
  /** what fired of the CAMEO dictionary reading that coded it, if one did */
  shape?: DictionaryShape;
  /** the verb takes an infinitive complement ("promised to democratize Serbia") */
  control?: boolean;
  /** an event noun whose modifier names its source ("the Russian invasion"): an act without a target */
  nominal?: boolean;
  /** the verb has a noun phrase as its direct object ("withdraw its troops", "lifted a curfew") */
  object?: boolean;
  /** the object is the sources' own, shared ("upgraded their diplomatic ties", "reaffirmed their mutual resolve") */
  reciprocal?: boolean;
  /** an object was the source's own country ("Ukrainians are defending their country") */
  ownTarget: boolean;
}

type DraftFields = Pick<DraftEvent, 'relation' | 'confidence' | 'source' | 'target' | 'pattern'> & Partial<DraftEvent>;

/**
 * A draft event with every field present in one order (absent ones undefined), however it was
 * made: one object shape, so the JIT does not recompile the event code for each new combination.
 */
function draftEvent(e: DraftFields): DraftEvent {
  return {
    relation: e.relation,
    mode: e.mode,
    negated: false,
    confidence: e.confidence,
    source: e.source,
    target: e.target,
    about: [],
    topic: undefined,
    speaker: e.speaker,
    date: undefined,
    explicitDate: false,
    pattern: e.pattern,
    code: e.code,
    shape: e.shape,
    control: e.control,
    nominal: e.nominal,
    object: e.object,
    reciprocal: e.reciprocal,
    ownTarget: false,
  };
}

// word classes and relation classes are data (lexicon/data/event.words.json, relation.classes.json)
const PREPOSITIONS = new Set(eventWords.prepositions);
const LOCATIVE = new Set(eventWords.locative);
const PLACE_NOUNS = new Set(eventWords.placeNouns);
const RECIPIENT_MODIFIERS = new Set(eventWords.recipientModifiers);
const CONFLICT_NOUNS = new Set(eventWords.conflictNouns);
const TEMPORAL = new Set(clauseWords.temporal);
// what opens an adverbial clause: the subordinators, and "as", "since" (which elsewhere are prepositions)
const SUBORDINATING = new Set([...clauseWords.subordinator, ...clauseWords.clauseSubordinator]);
const TOPIC_PREPOSITIONS = new Set(eventWords.topicPrepositions);
// (and of company: an actor beside the subject is not whom the act is aimed at either)
const MEANS_PREPOSITIONS = [...eventWords.meansPrepositions, ...eventWords.companionPrepositions].map((p) => p.split(' '));
const MATTER_PREPOSITIONS = eventWords.matterPrepositions.map((p) => p.split(' '));
const CLAUSE_STOPS = new Set(eventWords.clauseStops);
const SOFT_STOPS = new Set(eventWords.softStops);
const SITUATION_PREP = new Set(eventWords.situationPrepositions);
const QUANTITY = new Set(eventWords.quantity);
const OBJECT_SKIP = new Set(eventWords.objectSkip);
// a group named by one of these nouns (or its plural) protests
const PROTESTERS = new RegExp(`^(${eventWords.protesters.join('|')})s?\\b`, 'i');
const ACT_NOUNS = new Set(eventWords.actNouns);
const NEGATORS = new Set(eventWords.negators);
const FUTURE = new Set(eventWords.future);
const MODAL_OBLIGATION = new Set(eventWords.modalObligation);
const CONNECT = new Set(eventWords.connect);
const POSITIVE_STANCE = new Set(eventWords.positiveStance);
const BLAME_WORDS = new Set(eventWords.blameWords);
const DIRECTED = relationClass('directed');
const COOPERATIVE = relationClass('cooperative');
const PURPOSE = relationClass('purpose');
const MUTUAL = relationClass('mutual');
const COUNTERPART = relationClass('counterpart');
const HOSTILE = relationClass('hostile');
const FORCE = relationClass('force');
const ACCUSABLE = relationClass('accusable');

/** Where a trigger stands: its verb or carrier (`at`), its clause's start and end, its verb group, and how it reads. */
interface TriggerSite {
  at: number;
  cs: number;
  end: number;
  g: VerbGroup | undefined;
  meetingPurpose: boolean;
  nominal: boolean;
}

export interface SentenceInput {
  tokens: Token[];
  mentions: Mention[];
  /** resolved dates of the sentence, in order */
  dates: { date?: string; start: number }[];
  text: string;
  stateName: (folded: string[]) => string | undefined;
}

/**
 * The events of one sentence. For each trigger: the subject is the first actor of its clause not
 * inside a prepositional phrase (with "and"-joined ones), else a pronoun or "both leaders" resolved
 * from the discourse, else the subject of the verb it is joined to; targets and topics come from
 * the rest of the clause. Inside reported speech ("X highlighted that Y ...") the event records X
 * as speaker, and an act that X reports of Y (an attack, an escalation, "Y is not serious") becomes
 * X ACCUSED Y — never Y's act as a fact.
 */
export function buildEvents(s: SentenceInput, d: Discourse): DraftEvent[] {
  // a question asks whether something happened; it reports nothing
  if (isQuestion(s.tokens)) return [];
  // a line of links ("[December 1-2: Secretary Blinken's meeting ...](https://...)") is no prose
  if (s.tokens.some((t) => t.lower === 'https' || t.lower === 'http')) return [];
  // tag repairs before the reading: verbs the tagger took for nouns or adjectives
  const actors = s.mentions.filter((m) => m.role === 'actor' && !m.possessive);
  const headline = headlineVerb(s.tokens, (i) => actors.find((m) => m.tokEnd === i)?.tokStart, knownVerb);
  if (headline !== undefined) s.tokens[headline].pos = 'VERB';
  for (const k of misreadVerbs(s.tokens, knownVerb)) s.tokens[k].pos = 'VERB';
  return new SentenceEvents(s, d).build();
}

/** A reporting verb, where its reported clause starts, and who speaks. */
interface Report {
  verb: number;
  clause: number;
  speaker: EntityRef[];
  /** a verb of hoping: the clause is the speaker's appeal */
  appeal: boolean;
}

/**
 * One sentence being read: its tokens with the mention at each, the resolved references, the
 * reported clauses, the clause boundaries, and the events read so far. Small named steps as
 * methods rather than closures in one long function: each step is compiled (and, when new text
 * takes a new path, recompiled) on its own.
 */
class SentenceEvents {
  private readonly tokens: Token[];
  private readonly n: number;
  private readonly mentionAt: (Mention | undefined)[];
  private readonly resolved = new Map<Mention, EntityRef[]>();
  private readonly reports: Report[] = [];
  /** per token, where its clause starts (after the last stop word) */
  private readonly stopBefore: number[];
  /** per token, whether "unless" follows ("will withdraw unless ..." is a threat) */
  private readonly condAfter: boolean[];
  private readonly events: DraftEvent[] = [];
  private prevSource: EntityRef[] = [];
  private prevEvent: DraftEvent | undefined = undefined;
  private prevTrig: Trigger | undefined = undefined;
  private absorbUntil = -1;
  /** the end of the trigger whose complements are absorbed */
  private absorbFrom = -1;
  private absorbInto: DraftEvent | undefined = undefined;

  constructor(private readonly s: SentenceInput, private readonly d: Discourse) {
    this.tokens = s.tokens;
    const n = (this.n = s.tokens.length);
    this.mentionAt = new Array(n);
    for (const m of s.mentions) for (let k = m.tokStart; k < m.tokEnd; k++) this.mentionAt[k] = m;
    // resolve pronouns and "both leaders" in order, updating the last person as names go by
    const persons = [...d.persons];
    const inSpeech = firstOrSecondPerson(this.tokens);
    d.openingSubject = [];
    for (const m of s.mentions) {
      const joinedClause = this.tokens[m.tokStart - 1]?.lower === 'and' && /^(VERB|AUX)$/.test(this.tokens[m.tokEnd]?.pos ?? '');
      const site = { inSpeech, opening: m === s.mentions[0] && opensSentence(this.tokens, m.tokStart), afterWith: this.tokens[m.tokStart - 1]?.lower === 'with', joinedClause, afterRelative: this.relativeBefore(m.tokStart) };
      if (m.role === 'reference') this.resolved.set(m, resolveReference(m, d, persons, site));
      else this.resolved.set(m, m.entities);
      if (site.opening && m.role !== 'modifier' && !m.possessive && !this.speakerLabel(m)) d.openingSubject = this.resolved.get(m)!.filter((e) => isActorKind(e.kind));
      noteMention(persons, m);
    }
    this.stopBefore = new Array(n + 1);
    let lastStop = 0;
    for (let k = 0; k <= n; k++) {
      this.stopBefore[k] = lastStop;
      // "WHO", "AND": an acronym in capitals is no function word
      if (k < n && CLAUSE_STOPS.has(this.tokens[k].lower) && !SOFT_STOPS.has(this.tokens[k].lower) && !/^[A-Z]{2,}$/.test(this.tokens[k].text) && !inVerbGroup(this.tokens, k)) lastStop = k + 1;
    }
    this.condAfter = new Array(n + 1).fill(false);
    for (let k = n - 1; k >= 0; k--) this.condAfter[k] = this.condAfter[k + 1] || this.tokens[k].lower === 'unless';
  }

  /** Is a possessed relative noun ("my father's", "his wife") named before k in the sentence, with no person after it? */
  private relativeBefore(k: number): boolean {
    const { tokens } = this;
    for (let j = k - 1; j > 0; j--) {
      if (this.mentionAt[j]?.entities.some((e) => e.kind === 'Person')) return false;
      if (RELATIVE_NOUNS.has(tokens[j].lower) && possessor(tokens[j - 1])) return true;
    }
    return false;
  }

  build(): DraftEvent[] {
    const trigAt = this.triggers();
    const sorted = [...trigAt.values()].sort((a, b) => a.at - b.at);
    for (let ti = 0; ti < sorted.length; ti++) this.readTrigger(sorted[ti], sorted[ti + 1]);
    for (const r of this.reports) this.readReportedCharge(r);
    // dates said in the sentence
    const dated = this.s.dates.filter((x) => x.date);
    if (dated.length) for (const ev of this.events) { ev.date = dated[0].date; ev.explicitDate = true; }
    return this.events.filter(kept);
  }

  // an actor that heads its phrase: "managed U.S. policy" has a policy as its object, not the US
  // (a singular noun after it; "EU members", "NATO today" keep the actor)
  private startsHeadActor = (k: number): boolean => {
    const m = this.mentionAt[k];
    // (over adjectives: "affecting the CSTO collective security zone")
    let e = m?.tokEnd ?? this.n;
    while (e < this.n && e < (m?.tokEnd ?? 0) + 3 && this.tokens[e].pos === 'ADJ') e++;
    const next = this.tokens[e];
    const modifies = !!next && next.pos === 'NOUN' && !/s$/.test(next.lower) && !TEMPORAL.has(next.lower);
    return this.startsResolvedActor(k) && !modifies;
  };
  private startsAt = (k: number): boolean => this.mentionAt[k]?.tokStart === k && this.mentionAt[k]!.role !== 'modifier';
  private startsNonPossessiveActor = (k: number): boolean => {
    const m = this.mentionAt[k];
    return this.startsActor(k) && !(m!.role === 'reference' && m!.possessive);
  };

  // a pronoun only when it stands for an actor ("passed it on" names none; what is attacked may
  // be a place: "besieged it")
  private startsResolvedActor = (k: number): boolean =>
    this.startsNonPossessiveActor(k) && (this.mentionAt[k]!.role !== 'reference' || this.resolvedOf(this.mentionAt[k]!, k).length > 0);

  private startsActor = (k: number): boolean => {
    const m = this.mentionAt[k];
    return m?.tokStart === k && (m.role === 'reference' || m.entities.some((e) => isActorKind(e.kind))) && m.role !== 'modifier';
  };
  private actorAt = (k: number): boolean => {
    const m = this.mentionAt[k];
    return !!m && m.role === 'actor' && m.entities.some((e) => isActorKind(e.kind));
  };
  private modifierAt = (k: number): boolean => this.mentionAt[k]?.role === 'modifier';

  /** The word at k, or '' outside the sentence (a trigger may stand first or last). */
  private prevTok(k: number): string {
    return k >= 0 && k < this.n ? this.tokens[k].lower : '';
  }

  /** "Petr Kozlov: Alexei Navalny's ...", "AnnMaura Connolly, President, Voices for National Service: ...": a name a colon follows before any verb labels who speaks, it is no subject. */
  private speakerLabel(m: Mention): boolean {
    for (let k = m.tokEnd; k < this.n; k++) {
      if (this.tokens[k].lower === ':') return true;
      if (this.tokens[k].pos === 'VERB' || this.tokens[k].pos === 'AUX') return false;
    }
    return false;
  }

  /** The triggers by token; the reporting verbs become reports (with their speaker) instead. */
  private triggers(): Map<number, Trigger> {
    const { tokens, mentionAt } = this;
    const triggers = findTriggers(tokens, this.actorAt, this.modifierAt, (k) => !!mentionAt[k] && mentionAt[k]!.role !== 'modifier');
    // a noun carried by a verb of the lexicon is the more specific reading ("reaffirmed support")
    const carriers = new Set(triggers.filter((t) => t.kind === 'noun').map((t) => t.carrier));
    const trigAt = new Map<number, Trigger>();
    for (const t of triggers) if (!(t.kind === 'verb' && carriers.has(t.at))) trigAt.set(t.at, t);
    for (let i = 0; i < this.n; i++) {
      if (mentionAt[i]) continue;
      const c = reportingAt(tokens, i, this.startsAt);
      if (c < 0 || trigAt.get(i)?.pattern.startsWith(OBJECT_CONTROL)) continue;
      const appeal = HOPING_VERBS.has(verbLemma(tokens[i].lower));
      // "but I hope that ...": a hope whose speaker the text does not name is no one's act
      const unnamed = appeal && tokens[i - 1]?.pos === 'PRON' && !mentionAt[i - 1];
      const subj = unnamed ? [] : this.subjectOf(i, 0);
      // (so is one whose speaker is no actor: "I also expressed hope that Greece would support")
      if (subj.length || appeal) {
        this.reports.push({ verb: i, clause: c, speaker: subj, appeal });
        trigAt.delete(i);
      }
    }
    return trigAt;
  }

  private speakerAt(k: number): Report | undefined {
    let best: Report | undefined;
    for (const r of this.reports) if (r.clause <= k) best = r;
    return best;
  }

  private resolvedOf(m: Mention, k: number): EntityRef[] {
    const rep = this.speakerAt(k);
    const r = m.ref;
    // "Hungary said it will ...", "the rebels said they would ...": the pronoun is the speaker
    if (rep && m.role === 'reference' && !m.possessive && m.tokStart >= rep.clause) {
      const sp = rep.speaker;
      if ((r === 'it' && sp.every((e) => e.kind !== 'Person')) || ((r === 'they' || r === 'them') && (sp.length > 1 || sp.some((e) => e.kind !== 'Person'))) || ((r === 'he' || r === 'she') && sp.length === 1 && sp[0].kind === 'Person')) return sp;
      // "Turkey's president says it will begin ...": a leader's "it" is his state, when nothing
      // else that could be "it" is named before, and not the "it" of "it is necessary to"
      if (r === 'it' && sp.length === 1 && sp[0].kind === 'Person' && sp[0].country && !isBe(this.tokens[m.tokEnd]) && !this.otherThingBefore(m.tokStart, sp[0].country)) return statesOf(sp);
    }
    return (this.resolved.get(m) ?? []).filter((e) => isActorKind(e.kind));
  }

  /** Is an actor other than a person or the state of `country` named before token k? */
  private otherThingBefore(k: number, country: string): boolean {
    for (let j = 0; j < k; j++) {
      const m = this.mentionAt[j];
      if (m && m.tokStart === j && m.entities.some((e) => e.kind !== 'Person' && !(e.kind === 'State' && e.country === country))) return true;
    }
    return false;
  }

  /** Where the clause of token k starts: after the last stop word, or the reported clause's start. */
  private clauseStart(k: number): number {
    let c = this.stopBefore[k];
    for (const r of this.reports) if (r.clause <= k && r.clause > c) c = r.clause;
    return c;
  }

  /** The first actor from `from` on before k that stands in no prepositional phrase, with those joined to it. */
  private subjectOf(k: number, from: number): EntityRef[] {
    const { tokens, mentionAt } = this;
    const out: EntityRef[] = [];
    let j = from;
    let first: Mention | undefined;
    while (j < k) {
      const m = mentionAt[j];
      if (m && m.tokStart === j && m.role !== 'modifier' && !m.possessive) {
        // a possessor after "of the" is inside another's title ("the Head of the President's Office")
        const ofPossessor = j > 1 && tokens[j - 1].lower === 'the' && tokens[j - 2].lower === 'of' && possessiveMark(tokens[m.tokEnd]);
        // (past a name right before it: "of the UN Security Council" is in the phrase "of" opens;
        // and past a list it ends: "from our colleagues in Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan")
        let b = this.listStart(m) - 1;
        while (b >= 0 && mentionAt[b] && mentionAt[b]!.role !== 'modifier') b = mentionAt[b]!.tokStart - 1;
        const prev = ofPossessor ? 'of' : b >= 0 ? tokens[b].lower : '';
        const ents = this.resolvedOf(m, j);
        const quantityOf = prev === 'of' && j > 1 && QUANTITY.has(tokens[j - 2].lower);
        if ((!PREPOSITIONS.has(prev) || quantityOf) && ents.length) {
          // "President of Ukraine Volodymyr Zelenskyy said": the title's state before the name is his
          const named = this.titleStateBefore(m, ents);
          first = named ?? m;
          out.push(...(named ? named.entities : ents));
          j = first.tokEnd;
          break;
        }
      }
      j = m && m.tokStart === j ? m.tokEnd : j + 1;
    }
    if (!first) return out;
    return this.joinedRight(out, j, k);
  }

  /** The person mention right after m when m names only his state ("President of Ukraine" + "Volodymyr Zelenskyy"). */
  private titleStateBefore(m: Mention, ents: EntityRef[]): Mention | undefined {
    const next = this.mentionAt[m.tokEnd];
    if (!next || next.tokStart !== m.tokEnd || next.role !== 'actor' || next.possessive) return undefined;
    const person = next.entities.length === 1 && next.entities[0].kind === 'Person' ? next.entities[0] : undefined;
    return person && ents.every((e) => e.kind === 'State' && e.country === person.country) ? next : undefined;
  }

  // "X and Y", "X, Y and Z", "X as well as Y"
  private joinedRight(out: EntityRef[], j: number, k: number): EntityRef[] {
    const { tokens, mentionAt } = this;
    while (j < k) {
      let g = j;
      while (g < k && CONNECT.has(tokens[g].lower) && !mentionAt[g]) g++;
      if (g === j || g >= k) break;
      const m = mentionAt[g];
      if (!m || m.tokStart !== g || m.role === 'modifier') break;
      out.push(...this.resolvedOf(m, g));
      j = m.tokEnd;
    }
    return dedupe(out);
  }

  /**
   * The subject of a verb group: the actor mention ending right before it (with actors joined to
   * it by "and" or commas), a relative pronoun's antecedent, or, where a coordinated verb or a
   * parenthesis stands between, the first actor of the clause. A subject that is no actor ("the
   * vaccines", "we", "the residents") gives none: better no event than one with a wrong source.
   */
  private subjectByClause(g: VerbGroup, cs: number, at: number, depth = 0): EntityRef[] {
    const slot = subjectSlot(this.tokens, g, cs);
    if (slot.kind === 'verb') return depth < 4 ? this.subjectByClause(verbGroup(this.tokens, slot.at), cs, slot.at, depth + 1) : [];
    if (slot.kind === 'clause') return this.vocative(g, cs) ? [] : this.subjectOf(at, cs);
    if (slot.kind === 'none' || slot.kind === 'participle') return [];
    // "Washington along with its allies demanded": the subject and its named companions
    const before = beforeCompanion(this.tokens, slot.at, cs);
    if (before !== undefined && depth < 4) {
      const companions = this.mentionAt[slot.at] && !this.mentionAt[slot.at]!.possessive ? this.resolvedOf(this.mentionAt[slot.at]!, slot.at) : [];
      return dedupe([...this.subjectByClause({ ...g, start: before + 1, coordinatedWith: undefined }, cs, at, depth + 1), ...companions]);
    }
    const m = this.mentionAt[slot.at];
    if (!m || m.role === 'modifier') {
      const ents = this.phraseActors(slot.at, cs);
      // "Amnesty International put out a report accusing the army": a participle after a text
      // an actor issued is the issuer's act
      const issuer = ents.length || depth >= 4 ? undefined : this.documentIssuer(g, slot.at, cs);
      return issuer === undefined ? ents : this.subjectByClause(verbGroup(this.tokens, issuer), cs, issuer, depth + 1);
    }
    // "About 200 supporters of former President Ahmed Ben Bella blocked roads": a group named
    // before "of" heads the subject, the actor after it is whose group it is
    const head = this.groupHeading(m);
    if (head) return this.joinedLeft(head);
    // ("Russia's invasion of Ukraine has forced": the named act's owner, not what it is done to)
    const owner = this.ofComplementOwner(m, cs);
    if (owner.length) return owner;
    // "the representatives of the US Embassy in Ukraine stressed": a place after the subject's
    // noun is where it is, not who acts (phraseActors reads the noun before the place phrase)
    if (!m.possessive && m.role === 'actor' && LOCATIVE.has(this.tokens[m.tokStart - 1]?.lower ?? '')) {
      const ents = this.phraseActors(m.tokStart, cs);
      if (ents.length) return ents;
      // "the war in Ukraine threatens", "developments in Afghanistan worried": a state of affairs
      // heads the subject, and the place is where it holds, not who acts
      if (isSituationHead(this.tokens[m.tokStart - 2]?.lower ?? '')) return [];
    }
    return this.joinedLeft(m);
  }

  /**
   * "Mr President, thank you for noting": one person named (after an honorific) before a comma that
   * opens the clause, then a bare verb form that does not agree with him ("thank", not "thanks"),
   * is whom the speaker addresses, not the verb's subject.
   */
  private vocative(g: VerbGroup, cs: number): boolean {
    const { tokens } = this;
    const m = this.mentionAt[g.start - 2];
    const verb = tokens[g.head];
    if (tokens[g.start - 1]?.lower !== ',' || g.start !== g.head || !m || m.tokEnd !== g.start - 1) return false;
    if (m.tokStart < cs || tokens.slice(cs, m.tokStart).some((t) => !t.upper)) return false;
    return m.entities.length === 1 && m.entities[0].kind === 'Person' && verb.pos === 'VERB' && verbLemma(verb.lower) === verb.lower && !participleForm(verb.lower);
  }

  /**
   * "Russia's treacherous, unprovoked invasion of Ukraine has forced": an actor after "of" and an
   * event's noun is what the act is done to; the actors of the noun's own phrase are the subject.
   */
  private ofComplementOwner(m: Mention, cs: number): EntityRef[] {
    const noun = this.eventNounBeforeOf(m.tokStart);
    if (noun === undefined || noun < cs || this.tokens[noun].pos !== 'NOUN') return [];
    return this.phraseActors(noun, cs);
  }

  /** The event noun right before "of" (past an article) before k ("an invasion of Ukraine", "a summit of the CIS"), if any. */
  private eventNounBeforeOf(k: number): number | undefined {
    const of = this.beforeArticle(k);
    return this.tokens[of]?.lower === 'of' && eventNounSense(this.tokens[of - 1]?.lower ?? '') ? of - 1 : undefined;
  }

  /** Is the pronoun at k joined by "and" to a phrase that opens the clause, no verb before it ("Mr Sobyanin and I")? */
  private joinedToSubject(k: number, cs: number): boolean {
    const { tokens } = this;
    if (tokens[k - 1]?.lower !== 'and' || k - 2 < cs) return false;
    const start = nounPhraseStart(tokens, k - 2, cs);
    // (after an opening adjunct and its comma: "During the upcoming visit, ... Xi Jinping and I will discuss")
    let from = start;
    while (from > cs && tokens[from - 1].lower !== ',') from--;
    return !tokens.slice(from, start).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADP' && !SUBORDINATING.has(t.lower)));
  }

  /**
   * The group mention right before "of" and the mention m ("supporters of <m>"), or before an
   * adjective with its preposition ("rebels loyal to <m>", "militias close to <m>"), if any.
   */
  private groupHeading(m: Mention): Mention | undefined {
    const { tokens } = this;
    // (over the words of m's phrase before it: "loyal to the former vice president Riek Machar")
    let k = m.tokStart - 1;
    while (k >= 0 && k >= m.tokStart - 5 && /^(ADJ|NOUN|DET)$/.test(tokens[k].pos ?? '')) k--;
    const adjectival = tokens[k]?.pos === 'ADP' && tokens[k - 1]?.pos === 'ADJ';
    // (not a quantity: "one of the groups of Ukrainian troops" are the troops)
    if (!adjectival && (tokens[k]?.lower !== 'of' || QUANTITY.has(nounLemma(tokens[k - 1]?.lower ?? '')))) return undefined;
    const end = adjectival ? k - 1 : k;
    const g = this.mentionAt[end - 1];
    return g && g.tokEnd === end && g.role === 'actor' && g.entities.length > 0 && g.entities.every((e) => e.kind === 'Group') ? g : undefined;
  }

  /** The verb that issued the document noun at `noun`, when the participle group g follows it ("released a statement criticising"). */
  private documentIssuer(g: VerbGroup, noun: number, cs: number): number | undefined {
    const { tokens } = this;
    if (g.start !== g.head || !/^[a-z]+ing$/.test(tokens[g.head].lower) || !DOCUMENT_NOUNS.has(nounLemma(tokens[noun].lower))) return undefined;
    return previousVerb(tokens, nounPhraseStart(tokens, noun, cs), cs);
  }

  // "Athens' foreign ministry", "Turkish police investigators", "Kuwait and its allies": a subject
  // whose head is no actor stands for the actors named inside its own noun phrase
  private phraseActors(head: number, cs: number, depth = 0): EntityRef[] {
    const { tokens, mentionAt } = this;
    // "... healthcare workers and we praise the President", "in Kyiv I met": a pronoun no mention
    // resolves is its whole phrase (but "President Lukashenko and I met" names one of the subjects)
    if (tokens[head].pos === 'PRON' && !mentionAt[head] && !this.joinedToSubject(head, cs)) return [];
    // "The UN Charter does not provide": a document is no actor, whoever made it
    if (DOCUMENT_HEADS.has(nounLemma(tokens[head].lower))) return [];
    let from = nounPhraseStart(tokens, head, cs);
    // "Red/PROPN Cross/VERB officials": a name the tagger misread still belongs to the phrase
    const name = mentionAt[from - 1];
    if (name && name.tokEnd === from && name.tokStart >= cs && name.role === 'actor' && !name.possessive) from = name.tokStart;
    for (let k = head - 1; k >= from; k--) {
      const m = mentionAt[k];
      // "Kuwait and its allies": a possessive pronoun inside the phrase is not what it names
      if (!m || m.tokStart < from || (m.role === 'reference' && m.possessive)) continue;
      if (this.titleOverPossessor(m, from)) return [];
      // "The President's wife": the relative is the actor, not the possessor
      if ((m.possessive || possessiveMark(tokens[m.tokEnd])) && RELATIVE_NOUNS.has(tokens[head].lower)) return [];
      const ents = m.role === 'modifier' || m.possessive ? m.entities.filter((e) => isActorKind(e.kind)) : null;
      return ents ?? this.joinedLeft(m);
    }
    // "the U.S. Attorney's Office in San Francisco", "Turkish police investigators, forensic experts
    // and prosecutors": the noun before a place phrase, the first of a list
    const before = tokens[from - 1]?.lower ?? '';
    // a list opens the clause ("Following the NATO summit, the Vice President and ..." is none)
    const listStart = from - 2 >= cs ? nounPhraseStart(tokens, from - 2, cs) : -1;
    const list = before === ',' && tokens.slice(from, head).some((t) => t.lower === 'and') && (listStart === cs || tokens[listStart - 1]?.lower === ',');
    if (before === ')' && depth < 2) {
      const ents = this.beforeParenthesis(from - 1, cs, depth);
      if (ents.length) return ents;
    }
    // "Russian aircraft including helicopter gunships", "British aircraft using precision guided
    // missiles": a participle phrase inside the subject, after its head
    const participle = /^[a-z]+ing$/.test(before) && /^(VERB|ADP)$/.test(tokens[from - 1]?.pos ?? '');
    if (depth < 2 && from - 2 >= cs && (list || participle || LOCATIVE.has(before)) && /^(NOUN|PROPN)$/.test(tokens[from - 2].pos ?? '')) {
      const ents = this.phraseActors(from - 2, cs, depth + 1);
      if (ents.length) return ents;
    }
    // apposition: "President Joseph R. Biden, Jr. spoke": the actor named before the comma (not
    // before a pronoun: "dear Ukrainians, I signed", "Mr Zaitsev, I think" address someone)
    // (nor one in a fronted adjunct: "at the recent Munich Security Conference, every representative";
    // nor a verb's object: "in order to join the European Union, candidates must")
    const m = from - 1 > cs && tokens[head].pos !== 'PRON' ? mentionAt[from - 2] : undefined;
    if (tokens[from - 1]?.lower !== ',' || !m || m.role === 'modifier' || m.possessive) return [];
    // (the word before the list the actor ends: "from our colleagues in Uzbekistan, Kyrgyzstan,
    // Tajikistan and Turkmenistan, Rospotrebnadzor is providing")
    const opener = tokens[nounPhraseStart(tokens, this.listStart(m), cs) - 1];
    return PREPOSITIONS.has(opener?.lower ?? '') || opener?.pos === 'VERB' ? [] : this.joinedLeft(m);
  }

  // "the Head of the President's Office": a title governing a person's possession names someone else
  private titleOverPossessor(m: Mention, from: number): boolean {
    const { tokens } = this;
    if (tokens[m.tokEnd]?.lower !== "'s") return false;
    const titleOf = tokens.slice(from, m.tokStart).some((t, q) => t.upper && TITLE_WORDS.has(t.lower) && tokens[from + q + 1]?.lower === 'of');
    return titleOf && this.resolvedOf(m, m.tokStart).some((e) => e.kind === 'Person');
  }

  // "the pro-Iranian Hizbollah (Party of God) group": the subject's phrase goes on before the
  // parenthesis that closes at `close`
  private beforeParenthesis(close: number, cs: number, depth: number): EntityRef[] {
    const { tokens, mentionAt } = this;
    let open = close - 1;
    while (open > cs && open >= close - 9 && tokens[open].lower !== '(') open--;
    if (tokens[open]?.lower !== '(' || open - 1 < cs || !/^(NOUN|PROPN)$/.test(tokens[open - 1].pos ?? '')) return [];
    const named = mentionAt[open - 1];
    return named && named.role === 'actor' ? this.joinedLeft(named) : this.phraseActors(open - 1, cs, depth + 1);
  }

  // "the US and Spain", "Germany, France and Poland": the mentions joined to m on its left
  private joinedLeft(m: Mention): EntityRef[] {
    const { tokens, mentionAt } = this;
    const out = [...this.resolvedOf(m, m.tokStart)];
    // ("is not only attacking Ukraine, he is attacking": a pronoun after a comma opens a clause, no list)
    if (m.via === 'pronoun' && tokens[m.tokStart - 1]?.lower === ',') return dedupe(out);
    let k = this.titledStart(m) - 1;
    while (k >= 0) {
      let j = k;
      while (j >= 0 && CONNECT.has(tokens[j].lower) && !mentionAt[j]) j--;
      if (j === k || j < 0 || !tokens.slice(j + 1, k + 1).some((x) => x.lower === 'and' || x.lower === ',')) break;
      const p = mentionAt[j];
      if (!p || p.role === 'modifier' || p.possessive || this.afterPreposition(p)) break;
      // "As a permanent member of the UN Security Council, Russia": a phrase a preposition opens
      // before the subject ends at its comma
      if (tokens.slice(j + 1, k + 1).some((x) => x.lower === ',') && this.frontedPhrase(p.tokStart)) break;
      out.unshift(...this.resolvedOf(p, p.tokStart));
      k = p.tokStart - 1;
    }
    return dedupe(out);
  }

  /**
   * "Vladimir Putin and Head of the DPR Denis Pushilin signed": where a person's mention starts
   * with the title and body named before it (the body a mention of its own), else m's own start.
   */
  private titledStart(m: Mention): number {
    const { tokens, mentionAt } = this;
    if (!m.entities.every((e) => e.kind === 'Person')) return m.tokStart;
    // (capitalised words of the title before it: "Federal Chancellor of Germany Olaf Scholz")
    const titleWord = (k: number) => tokens[k].upper && /^(PROPN|ADJ|NOUN)$/.test(tokens[k].pos ?? '') && !mentionAt[k] && !CONNECT.has(tokens[k].lower);
    let b = m.tokStart;
    const body = mentionAt[b - 1];
    if (body && body.tokEnd === b) {
      b = this.beforeArticle(body.tokStart);
      if (tokens[b]?.lower !== 'of' || !tokens[b - 1]?.upper || !TITLE_WORDS.has(tokens[b - 1].lower)) return m.tokStart;
    }
    let w = b;
    while (w > 0 && titleWord(w - 1)) w--;
    // (only words of a title, after "and": not "the Council for Civil Society and Human Rights
    // Valery Fadeyev", not "..., Attorney John E. Smith")
    const title = tokens.slice(w, m.tokEnd).some((x) => x.upper && TITLE_WORDS.has(x.lower));
    return title && (w === b || tokens[w - 1]?.lower === 'and') ? w : b;
  }

  /**
   * Where the list of names that m is in ("Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan")
   * starts: names joined by commas with "and" before the last; m's own start when it is in none
   * ("according to Yermak, Russian troops" is no list).
   */
  private listStart(m: Mention): number {
    const { tokens, mentionAt } = this;
    const joined = (k: number) => /^(and|,)$/.test(tokens[k]?.lower ?? '') && mentionAt[k - 1]?.role === 'actor';
    let start = m.tokStart;
    let and = false;
    while (start >= 2 && joined(start - 1)) {
      and ||= tokens[start - 1].lower === 'and';
      start = mentionAt[start - 2]!.tokStart;
    }
    // (the "and" may come after m: "in Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan")
    for (let e = m.tokEnd; !and && /^(and|,)$/.test(tokens[e]?.lower ?? '') && mentionAt[e + 1]?.role === 'actor'; e = mentionAt[e + 1]!.tokEnd) {
      and = tokens[e].lower === 'and';
    }
    return and ? start : m.tokStart;
  }

  /**
   * "according to Yermak, Russian troops ...", "after returning from Germany, the President ...":
   * a mention after a preposition (other than "of": "the leaders of France, Germany and Italy") is
   * in a phrase of its own, not coordinated with the subject after the comma.
   */
  private afterPreposition(m: Mention): boolean {
    let b = m.tokStart - 1;
    // past adjectives and the article ("in neighbouring Afghanistan", "in the Donbas")
    while (b > 0 && this.tokens[b].pos === 'ADJ') b--;
    if (this.prevTok(b) === 'the') b--;
    const prep = this.prevTok(b);
    return prep !== 'of' && PREPOSITIONS.has(prep);
  }

  /** An actor or a pronoun stands somewhere in from..to (exclusive). */
  private actorBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.actorAt(k) || this.mentionAt[k]?.role === 'reference') return true;
    return false;
  }

  /** Where the trigger's material ends: a clause stop, or the next trigger (or its carrier). */
  private clauseEnd(t: Trigger, next: Trigger | undefined): number {
    const fronted = (t.kind === 'noun' || this.participleOpening()) && this.frontedPhrase(t.at);
    const adverbialEnd = this.adverbialClauseEnd(t.at);
    // (nor past the opening of a clause a later word reports: "expressed regret that Russia continues")
    const reported = this.reports.find((r) => r.verb >= t.at && r.clause > t.end)?.clause ?? -1;
    // "extradited suspected British militant ... to Britain": a participle describing the noun of
    // the object right after the verb is no verb that ends it
    if (next?.kind === 'verb' && this.opensObject(t.end, next.at) && attributiveParticiple(this.tokens, verbGroup(this.tokens, next.at), (k) => this.mentionAt[k] !== undefined)) next = undefined;
    for (let j = t.end + 1; j < this.n; j++) {
      if (CLAUSE_STOPS.has(this.tokens[j].lower) || j === adverbialEnd || j === reported || this.verbJoinedAt(j) || clauseJoinedAt(this.tokens, j) || (fronted && this.tokens[j].lower === ',') || (next && j >= (next.kind === 'noun' && next.carrier !== undefined && next.carrier > t.end ? next.carrier : next.at))) return j;
    }
    return this.n;
  }

  /**
   * "As Russia prepares to intensify its attack in the Donbas region, the United States will ...",
   * "reminded that on the night of March 4, when the Russian occupiers seized the NPP, he held
   * talks": a clause a subordinator opens (at the sentence's start, or after a comma) ends at its
   * comma (not at one opening an aside: "hit, in particular, Odesa"); -1 when k is in no such clause.
   */
  private adverbialClauseEnd(k: number): number {
    const { tokens, n } = this;
    let s = k - 1;
    while (s >= 0 && tokens[s].lower !== ',') s--;
    const first = tokens[s + 1];
    // (after a comma only a word that is no preposition too: not "as a result of")
    const opens = s < 0 ? first?.pos === 'SCONJ' || SUBORDINATING.has(first?.lower ?? '') : isSubordinator(first?.lower ?? '');
    if (!opens || s + 1 >= k) return -1;
    for (let j = k + 1; j < n; j++) {
      if (tokens[j].lower !== ',') continue;
      const aside = tokens.slice(j + 1, j + 4).findIndex((x) => x.lower === ',');
      if (aside < 0) return j;
      j += aside + 1;
    }
    return -1;
  }

  /** Does token k open the object of a verb ending at `end` (only a determiner or adverb between)? */
  private opensObject(end: number, k: number): boolean {
    for (let j = end + 1; j < k; j++) if (!/^(DET|ADV|NUM)$/.test(this.tokens[j].pos ?? '')) return false;
    return k > end && k <= end + 3;
  }

  /**
   * "After the rocket attack by Russian troops on Vinnytsia, President Zelenskyy called ...": a noun
   * in a phrase a preposition opens before the clause's verb ends at the comma after it.
   */
  private frontedPhrase(k: number): boolean {
    const { tokens } = this;
    const cs = this.clauseStart(k);
    // (or a participle opens the sentence: "Underscoring the United States' commitment to ..., President Biden reminded")
    if (cs === 0 && k > 0 && this.participleOpening()) return !tokens.slice(1, k).some((x) => x.lower === ',');
    if (tokens[cs]?.pos !== 'ADP' && tokens[cs]?.pos !== 'SCONJ') return false;
    for (let j = cs; j < k; j++) if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || tokens[j].lower === ',') return false;
    return true;
  }

  /** Does the sentence open with a participle phrase closed by a comma ("Underscoring ..., President Biden reminded")? */
  private participleOpening(): boolean {
    const t = this.tokens[0];
    return t?.pos === 'VERB' && /^[a-z]+ing$/i.test(t.text) && this.tokens.some((x) => x.lower === ',');
  }

  /**
   * "visited the suburbs of Kyiv and saw ...": "and" before a finite verb opens a verb phrase of its
   * own (not "and armed groups", nor an -ing form that goes on the complement: "strengthening
   * relations and working with the new Chancellor").
   */
  private verbJoinedAt(j: number): boolean {
    const { tokens } = this;
    // (past an adverb: "supports the full implementation ... and never recognizes the annexation")
    let q = j + 1;
    while (q <= j + 2 && tokens[q]?.pos === 'ADV') q++;
    const v = tokens[q];
    if (tokens[j].lower !== 'and' || v?.pos !== 'VERB' || v.lower.endsWith('ing')) return false;
    return !(participleForm(v.lower) && /^(NOUN|PROPN|ADJ)$/.test(tokens[q + 1]?.pos ?? ''));
  }

  /** One trigger: a complement of the event before, no event, or an event with its source, objects and qualifiers. */
  private readTrigger(t: Trigger, next: Trigger | undefined): void {
    const { tokens } = this;
    const at = t.kind === 'noun' && t.carrier !== undefined && t.carrier < t.at && !this.modifierAt(t.carrier) ? t.carrier : t.at;
    const cs = this.clauseStart(at);
    const end = this.clauseEnd(t, next);
    const infinitive = this.prevTok(at - 1) === 'to' || (this.prevTok(at - 2) === 'to' && /ly$/.test(this.prevTok(at - 1)));
    const prevTrig = this.prevTrig;
    const joined = prevTrig && !infinitive && tokens.slice(prevTrig.end + 1, at).some((x) => x.lower === 'and') &&
      !this.actorBetween(prevTrig.end + 1, at);
    if (this.absorbed(t, at, end, infinitive)) return;

    // the verb group of a verb trigger or of the light verb carrying a noun
    const g: VerbGroup | undefined = t.kind === 'verb' || at === t.carrier ? verbGroup(tokens, at) : undefined;
    const { act, meetingPurpose, governor } = g ? this.groupReading(t, at, cs, g) : { act: true, meetingPurpose: false, governor: undefined };
    // a CAMEO verb without a phrase pattern is an event only with an actor as its object (PETRARCH
    // codes source-target events): "organized a forum", "accelerate the response" are none
    // (not a possessive pronoun: "will take its first action"); a word alone in quotation marks is
    // named at a distance, not asserted: Russia "congratulated" Ukraine with missile strikes
    if (!act || this.bareWithoutActor(t) || this.complementCarrier(t) || t.quoted) {
      this.prevTrig = t;
      return;
    }
    const nominal = t.kind === 'noun' && t.carrier !== undefined && (this.modifierAt(t.carrier) || tokens[t.carrier].lower === "'s");
    // (a participle the tagger reads as an adjective is a state of its subject: "Russia is deeply concerned about")
    const passive = !!g && t.kind === 'verb' && g.passive && tokens[at].pos !== 'ADJ' && !(t.control && this.prevTok(at + 1) === 'to');
    const found = this.sourceOf(t, at, cs, g, { passive, nominal, meetingPurpose, governor, joined: !!joined, infinitive });
    const { patients } = found;
    const agent = this.agentOf(t, nominal, found.source);
    const { charge } = agent;
    // "They are using heavy weapons" in a readout of Putin's call with Niinistö: the sides of a
    // meeting between states use no force together
    const source = FORCE.includes(t.relation) && this.meetingSides(found.source) ? [] : agent.source;
    if (!source.length) {
      // "The dialogue was held on February 20": the date of the meeting at hand
      if (t.kind === 'noun' && t.relation === 'MET_WITH' && this.d.meetingEvent !== undefined && this.s.dates.some((x) => x.date)) {
        this.d.pendingMeetingDate = this.s.dates.find((x) => x.date)!.date;
      }
      this.prevTrig = t;
      return;
    }
    const ev = draftEvent({
      relation: t.relation,
      mode: t.mode,
      confidence: t.kind === 'verb' ? 0.8 : 0.65,
      source,
      target: [...patients],
      pattern: t.pattern,
      code: t.code,
      shape: t.shape,
      control: t.control,
      nominal,
      // a light verb's object is the event noun itself ("issued an ultimatum")
      object: t.kind === 'verb' ? directObject(tokens, t.end) : !nominal,
      // (or a noun's agents, when a list joins them: "cooperation by the Japan and U.S. Coast Guards")
      reciprocal: t.kind === 'verb' ? reciprocalObject(tokens, t.end) : source !== found.source && source.length > 1,
    });
    if (charge.length) {
      ev.speaker = charge[0];
      inSpeakersVoice(ev, charge, 'ACCUSED');
    }
    // (a named act's owner is no subject a later joined verb shares: "I noted Ireland's active
    // support ... and invited Irish Prime Minister Martin" is no invitation by Ireland)
    if (this.complete(ev, t, { at, cs, end, g, meetingPurpose, nominal }) && !nominal) this.prevSource = source;
  }

  /**
   * What a trigger's verb group reports: conditions, possibilities, obligations outside reported
   * speech, and infinitives that are neither a meeting's purpose nor the act a verb of continuing
   * (`governor`) names report no act.
   */
  private groupReading(t: Trigger, at: number, cs: number, g: VerbGroup): { act: boolean; meetingPurpose: boolean; governor: number | undefined } {
    const { tokens, prevTrig } = this;
    const skip = conditionalClause(tokens, cs, g) || this.caused(g, cs) || g.hypothetical || this.sharedPossibility(g, cs) || (g.obligation && !this.speakerAt(at)) || (t.kind === 'verb' && attributiveParticiple(tokens, g, (k) => this.mentionAt[k] !== undefined));
    const meetingPurpose = g.infinitive && !!this.prevEvent && this.prevEvent.relation === 'MET_WITH' && !!prevTrig && at - prevTrig.end <= 12 &&
      !this.joinedToEarlierInfinitive(g, cs, prevTrig.at);
    const governor = aspectualGovernor(tokens, g, HOSTILE.includes(t.relation)) ?? (PURPOSE.includes(t.relation) ? purposeGovernor(tokens, g, cs) : undefined);
    // "Russia may try to destroy": the governor's modal makes the act a possibility too
    const governed = governor !== undefined && tokens[governor].pos === 'VERB' ? verbGroup(tokens, governor) : undefined;
    const act = !(skip || governed?.hypothetical || overtInfinitiveSubject(tokens, governed ?? g) || (governed && this.caused(governed, cs)) || (g.infinitive && !meetingPurpose && governor === undefined));
    return { act, meetingPurpose, governor };
  }

  /**
   * "spoke with X to prepare for the President's meeting with Y and to discuss ...": an infinitive
   * joined to one before the meeting at `meetingAt` is that one's partner, not the meeting's purpose.
   */
  private joinedToEarlierInfinitive(g: VerbGroup, cs: number, meetingAt: number): boolean {
    const { tokens } = this;
    if (!/^(and|,)$/.test(tokens[g.start - 1]?.lower ?? '')) return false;
    for (let k = meetingAt - 1; k >= cs; k--) if (tokens[k].lower === 'to' && tokens[k + 1]?.pos === 'VERB') return true;
    return false;
  }

  /** "Russian forces can keep killing thousands of our citizens, destroying our cities": a verb that shares an earlier one's subject shares its modal of possibility. */
  private sharedPossibility(g: VerbGroup, cs: number): boolean {
    const slot = subjectSlot(this.tokens, g, cs);
    return slot.kind === 'verb' && verbGroup(this.tokens, slot.at).hypothetical;
  }

  /** A caused act (clause.causedComplement), or one joined to it ("to help the Government of Ukraine respond ... and continue to provide"). */
  private caused(g: VerbGroup, cs: number): boolean {
    if (causedComplement(this.tokens, g, cs)) return true;
    const slot = subjectSlot(this.tokens, g, cs);
    return slot.kind === 'verb' && causedComplement(this.tokens, verbGroup(this.tokens, slot.at), cs);
  }

  /**
   * "the shelling by Russian troops": an event noun's by-agent is its source; the subject of a
   * reporting verb that carries it ("emphasised the missile strikes by the Ukrainian army")
   * charges the agent (`charge`: the speaker, empty when there is no charge).
   */
  private agentOf(t: Trigger, nominal: boolean, subject: EntityRef[]): { source: EntityRef[]; charge: EntityRef[] } {
    const agent = t.kind === 'noun' && !nominal ? this.byAgent(t.end) : [];
    if (!agent.length) return { source: subject, charge: [] };
    const reported = t.carrier !== undefined && REPORTING_VERBS.has(verbLemma(this.tokens[t.carrier].lower)) && ACCUSABLE.includes(t.relation);
    const charge = reported && !subject.some((c) => agent.some((a) => a.id === c.id)) ? subject : [];
    return { source: agent, charge };
  }

  /** The actors of "by <actor>" right after the event noun ending at `end` ("the attack by Russia"). */
  private byAgent(end: number): EntityRef[] {
    const { mentionAt } = this;
    const a = byAgentAt(this.tokens, end, (k) => !!mentionAt[k]);
    const m = a >= 0 ? mentionAt[a] : undefined;
    if (!(m && m.tokStart === a && m.role !== 'reference')) return [];
    return this.agentList(m, m.entities.filter((e) => isActorKind(e.kind)));
  }

  /**
   * "the attacks by Russia and Belarus", "the commitments by Australia, Canada ... and the United
   * Kingdom", "the support provided by the Netherlands and Germany": all the agents a list joins to
   * the first; not past a comma alone ("consultation by President Biden, the International Energy
   * Agency Member countries agreed")
   */
  private agentList(m: Mention, agents: EntityRef[]): EntityRef[] {
    const { mentionAt } = this;
    let last = m.tokEnd;
    while (last < this.n && (CONNECT.has(this.tokens[last].lower) || mentionAt[last])) last++;
    const list = this.tokens.slice(m.tokEnd, last).some((x) => x.lower === 'and');
    return list ? this.joinedRight(agents, m.tokEnd, last) : agents;
  }

  /**
   * "recommendations on imposing sanctions", "the importance of continuing and intensifying
   * sanctions pressure": a light verb that is a gerund complement carries no act, as such a verb is
   * none (triggers.gerundComplement); the trigger still bounds the clause before it.
   */
  private complementCarrier(t: Trigger): boolean {
    return t.kind === 'noun' && t.carrier !== undefined && this.tokens[t.carrier].pos === 'VERB' && gerundComplement(this.tokens, t.carrier);
  }

  /** A CAMEO verb without a phrase pattern and without an actor as its object: no event (PETRARCH codes source-target events). */
  private bareWithoutActor(t: Trigger): boolean {
    return t.kind === 'verb' && !!t.shape?.bare && !actorObject(this.tokens, t.end, HOSTILE.includes(t.relation) ? this.startsNonPossessiveActor : this.startsHeadActor);
  }

  /**
   * A complement of a control verb or of a request is what that event is about; "condemned
   * Putin's decision to recognize ...": the infinitive belongs to the noun, not a new event.
   */
  private absorbed(t: Trigger, at: number, end: number, infinitive: boolean): boolean {
    const absorbInto = this.absorbInto;
    if (absorbInto && at <= this.absorbUntil && (infinitive || this.joinedInfinitive(t, at) || this.prevTok(at - 1) === 'that' || t.kind === 'noun' || this.mandativeVerb(t, at)) && !finiteClauseBetween(this.tokens, this.absorbFrom + 1, at)) {
      // "vowed to fight", "swore to attack": a promise of violence is a threat ("agreed to take such
      // a project" promises none: a bare CAMEO verb is violent only against an actor; "agreed to
      // continue working ... on the response to Russia's aggression" promises no aggression: a
      // named act is another's)
      if (absorbInto.relation === 'AGREED' && t.kind === 'verb' && (t.relation === 'ATTACKED' || t.relation === 'COERCED') && !this.bareWithoutActor(t)) absorbInto.relation = 'WARNED';
      // ("called on NATO to provide ... to stop Russian strikes": a call's addressee is its target,
      // whom the act it asks for names is what it is about)
      const targets = absorbInto.target.length;
      this.addObjects(absorbInto, t.end + 1, end, t);
      if (absorbInto.relation === 'CALLED_FOR') aboutAfter(absorbInto, targets);
      return true;
    }
    if (infinitive && this.prevEvent && (ACT_NOUNS.has(this.prevTok(at - 2)) || (this.prevTok(at - 2) === 'to' && ACT_NOUNS.has(this.prevTok(at - 3))))) {
      // "thanked Croatia for its readiness to support the EU's sanctions package": with a target
      // already, what the act noun's infinitive names is what the act is about
      const prev = this.prevEvent;
      const targets = prev.target.length;
      this.addObjects(prev, t.end + 1, end, t);
      aboutAfter(prev, targets);
      return true;
    }
    // "have a common view on the need to strengthen sanctions against Russia": the infinitive of an
    // appeal's noun no event carries is an act only asked for, no act of its own
    if (infinitive && eventNounSense(this.prevTok(at - 2))?.relation === 'CALLED_FOR') return true;
    return false;
  }

  /** "called on China to stand with ... and unequivocally condemn": a bare verb joined to the requested infinitive is requested too. */
  private joinedInfinitive(t: Trigger, at: number): boolean {
    if (t.kind !== 'verb') return false;
    let k = at - 1;
    while (k > this.absorbFrom && this.tokens[k].pos === 'ADV') k--;
    return this.tokens[k]?.lower === 'and' && infinitiveJoined(this.tokens, verbGroup(this.tokens, at), k, this.absorbFrom + 1);
  }

  /**
   * "demanded that Germany withdraw its troops": the verb of a "that" clause right after a request,
   * past its subject and no other verb, is what is requested, not an act done.
   */
  private mandativeVerb(t: Trigger, at: number): boolean {
    const { tokens } = this;
    if (t.kind !== 'verb' || tokens[this.absorbFrom + 1]?.lower !== 'that') return false;
    for (let k = this.absorbFrom + 2; k < at; k++) if (/^(VERB|AUX)$/.test(tokens[k].pos ?? '')) return false;
    return true;
  }

  /** The actors owning the noun at k ("Russia's latest attempt"), past its adjectives. */
  private ownerOf(k: number): EntityRef[] {
    let j = k - 1;
    while (j > 0 && this.tokens[j].pos === 'ADJ') j--;
    const m = possessiveMark(this.tokens[j]) ? this.mentionAt[j - 1] : this.mentionAt[j];
    return m && m.role !== 'reference' ? m.entities.filter((e) => isActorKind(e.kind)) : [];
  }

  /** Are these the sides of the meeting at hand, of two states or more? */
  private meetingSides(source: EntityRef[]): boolean {
    const sides = this.d.participants;
    const states = new Set(sides.map((e) => e.country).filter(Boolean));
    return source.length >= 2 && states.size >= 2 && source.length === sides.length && source.every((e) => sides.some((x) => x.id === e.id));
  }

  /** Who acts: the passive's agent, a named act's modifier, the clause's subject, or the subject before. */
  private sourceOf(
    t: Trigger, at: number, cs: number, g: VerbGroup | undefined,
    f: { passive: boolean; nominal: boolean; meetingPurpose: boolean; governor: number | undefined; joined: boolean; infinitive: boolean },
  ): { source: EntityRef[]; patients: EntityRef[] } {
    const { tokens, mentionAt, n } = this;
    let source: EntityRef[] = [];
    let patients: EntityRef[] = [];
    if (f.passive) {
      // "was attacked by X", "have been killed, ... and wounded by X"
      for (let j = t.end + 1; j < Math.min(n, t.end + 12); j++) {
        if (tokens[j].lower === ';' || tokens[j].lower === '.') break;
        // "by Russia", "by the Russian troops"
        const a = tokens[j + 1]?.pos === 'DET' ? j + 2 : j + 1;
        if (tokens[j].lower === 'by' && mentionAt[a]) {
          source = this.agentList(mentionAt[a]!, this.resolvedOf(mentionAt[a]!, a));
          break;
        }
      }
      // ("as discussed by Lukashenko and Merkel": a clause "as" opens has no subject)
      patients = this.prevTok(at - 1) === 'as' ? [] : this.subjectByClause(verbGroup(tokens, at), cs, at);
    } else if (f.nominal) {
      const m = mentionAt[t.carrier!] ?? mentionAt[t.carrier! - 1];
      // ("Ukraine's international support": support from others, whom the possessor receives)
      const received = (t.relation === 'SUPPORTED' || t.relation === 'PROVIDED_AID') && tokens.slice(t.carrier! + 1, t.at).some((x) => RECIPIENT_MODIFIERS.has(x.lower));
      // (with the actors joined to it, a reference resolved: "Russia and Azerbaijan's cooperation",
      // "President Biden and President Ramaphosa's commitment", "his country's support")
      source = m && !received ? this.joinedLeft(m).filter((e) => isActorKind(e.kind)) : [];
    } else if (g && f.meetingPurpose) {
      source = this.prevSource;
    } else if (g) {
      // "Russia's attempt to seize": a noun's infinitive is its owner's act
      if (f.governor !== undefined && tokens[f.governor].pos === 'NOUN') source = this.ownerOf(f.governor);
      else source = this.subjectByClause(f.governor !== undefined ? verbGroup(tokens, f.governor) : g, cs, f.governor ?? at);
      // (not a participle with no subject before it: "...; and providing relief")
      const slot = subjectSlot(tokens, g, cs).kind;
      if (!source.length && f.joined && this.prevSource.length && slot !== 'phrase' && slot !== 'participle') source = this.prevSource;
    } else {
      source = this.subjectOf(at, cs);
      if (!source.length && (f.infinitive || f.joined) && this.prevSource.length) source = this.prevSource;
    }
    return { source, patients };
  }

  /** The event's objects, negation, tense and reported speech; then it is the event before. False: no event after all. */
  private complete(ev: DraftEvent, t: Trigger, site: TriggerSite): boolean {
    const { at, cs, end, g, meetingPurpose, nominal } = site;
    const { tokens, mentionAt } = this;
    const prevEvent = this.prevEvent;
    const prevTrig = this.prevTrig;
    // purpose infinitive after a meeting: both sides discuss ("held a call with X to discuss Y"),
    // the caller alone congratulates ("called X to congratulate him")
    if (meetingPurpose && prevEvent && prevEvent.relation === 'MET_WITH' && prevTrig && at - prevTrig.end <= 12) {
      ev.source = MUTUAL.includes(ev.relation) ? dedupe([...prevEvent.source, ...prevEvent.target]) : [...prevEvent.source];
    }
    // "since the Russian aggression, Lithuania has sheltered ...": a nominal event's target is its own complement
    if (nominal) {
      const c = nounComplementAt(tokens, t.end);
      if (c !== undefined && mentionAt[c]?.tokStart === c) this.addObjects(ev, c, mentionAt[c]!.tokEnd, undefined);
    } else this.addObjects(ev, t.end + 1, end, t);

    const opening = g && t.kind === 'verb' ? existentialOpening(tokens, g, cs) : undefined;
    const window = tokens.slice(opening ?? Math.max(cs, at - 4), at).map((x) => x.lower);
    if (!this.qualified(ev, at, window, nominal)) {
      this.prevTrig = t;
      return false;
    }
    if (ev.relation === 'COERCED' && ev.source.some((e) => e.kind === 'Group' && e.name.split(' ').some((w) => PROTESTERS.test(w)))) ev.relation = 'PROTESTED';
    if (!this.reportedSpeech(ev, at, window)) {
      this.prevTrig = t;
      return false;
    }

    // "Greece demanded that its partners refuse to recognize ...": the clause is what is requested
    if (ev.relation === 'CALLED_FOR' && t.kind === 'verb' && thatClauseAt(tokens, t.end + 1)) ev.control = true;
    this.events.push(ev);
    if (t.control || (ev.relation === 'CALLED_FOR' && (ev.target.length || ev.control))) {
      this.absorbInto = ev;
      this.absorbFrom = t.end;
      this.absorbUntil = end + (t.control ? 12 : 20);
    } else {
      this.absorbInto = undefined;
    }
    this.prevEvent = ev;
    this.prevTrig = t;
    return true;
  }

  /** Negation and tense: a disavowed threat is no event (false); a promise, threat or refusal is read as such. */
  private qualified(ev: DraftEvent, at: number, window: string[], nominal: boolean): boolean {
    // a clause's negation does not reach a named act ("This is not just Russia's invasion")
    // ("is not only attacking Ukraine": "not only" adds, it does not negate)
    if (window.some((w, q) => NEGATORS.has(w) && window[q + 1] !== 'only') && !nominal) ev.negated = true;
    // a named act ("stop Russia's offensive") keeps its relation whatever the clause's tense
    const future = !nominal && (window.some((w) => FUTURE.has(w)) || (this.prevTok(at - 1) === 'to' && this.prevTok(at - 2) === 'going'));
    if (!future) return true;
    // an act to come is an intent (CAMEO 03, 13), not the act's code ("will sign a treaty")
    ev.code = undefined;
    // "is not going to invade": a disavowed act is no threat
    if (ev.negated && HOSTILE.includes(ev.relation)) return false;
    if (ev.negated && COOPERATIVE.includes(ev.relation)) {
      ev.relation = 'REJECTED';
      ev.negated = false;
    } else if (this.condAfter[at] || HOSTILE.includes(ev.relation)) ev.relation = 'WARNED';
    else if (COOPERATIVE.includes(ev.relation)) ev.relation = 'AGREED';
    return true;
  }

  /**
   * Inside reported speech the speaker is recorded; what the speaker says another must do or did is
   * his call or charge. False: the report is of nothing (no event).
   */
  private reportedSpeech(ev: DraftEvent, at: number, window: string[]): boolean {
    const rep = this.speakerAt(at);
    if (!rep) return true;
    if (!rep.speaker.length) return false;
    ev.speaker = rep.speaker[0];
    const sameAsSpeaker = ev.source.every((e) => rep.speaker.some((x) => x.id === e.id));
    if (sameAsSpeaker) return true;
    const to = this.prevTok(at - 1) === 'to';
    const obliged = window.some((w) => MODAL_OBLIGATION.has(w)) || (window.includes('have') && to) || (window.includes('has') && to);
    // "Putin said his country will not lift the ban": a leader tells his own state's act, no charge
    if (!obliged && !rep.appeal && ev.source.every((e) => rep.speaker.some((x) => ownState(x, e)))) return true;
    // what one hopes another will do ("support", "not support the war") is an appeal to it; an
    // attack told inside a hope stays a charge
    if (obliged || (rep.appeal && (!HOSTILE.includes(ev.relation) || ev.negated))) {
      inSpeakersVoice(ev, rep.speaker, 'CALLED_FOR');
    } else if (ACCUSABLE.includes(ev.relation) && !ev.negated && !ev.nominal) {
      // (a named act, "the Russian invasion", is told as a known fact with its speaker, no charge:
      // "noted that in the difficult moment of the Russian invasion, Ukrainians are very grateful")
      // an act reported with no one and nothing it is done to ("the Ukrainian people are fighting
      // for their homeland") is no charge, and no fact in the speaker's voice either
      if (!(ev.target.length > 0 || ev.about.length > 0 || ev.object || ev.control)) return false;
      inSpeakersVoice(ev, rep.speaker, 'ACCUSED');
    }
    return true;
  }

  /**
   * Who is obliged: the subject of the verb after the modal at k ("Russia must withdraw"; none in
   * "in order to join the European Union, candidates must meet criteria"); undefined with no verb.
   */
  private obligedSubject(k: number, cs: number): EntityRef[] | undefined {
    const { tokens } = this;
    for (let j = k + 1; j < this.n && j <= k + 4; j++) {
      if (tokens[j].pos === 'VERB') return this.subjectByClause(verbGroup(tokens, j), cs, j);
      if (!/^(ADV|AUX|PART)$/.test(tokens[j].pos ?? '') && tokens[j].lower !== 'to') return undefined;
    }
    return undefined;
  }

  /** "Kyiv is not serious about ...", "militants sabotage ...": a speaker's charge or demand without an event verb. */
  private readReportedCharge(r: Report): void {
    const { tokens, n, events } = this;
    if (!r.speaker.length) return;
    let stop = n;
    for (let j = r.clause; j < n; j++) if (tokens[j].lower === ';' || (j > r.clause && tokens[j].lower === 'that' && j > r.clause + 1)) { stop = j; break; }
    const subj = this.subjectOf(stop, r.clause);
    if (!subj.length || subj.every((e) => r.speaker.some((x) => x.id === e.id))) return;
    if (events.some((e) => e.relation === 'ACCUSED' && e.speaker && e.target.some((x) => subj.some((y) => y.id === x.id)))) return;
    const obliged = this.obligationModal(r.clause, stop);
    if (obliged >= 0 && !events.some((e) => e.relation === 'CALLED_FOR' && e.speaker)) {
      this.readReportedObligation(r, subj, obliged, stop);
      return;
    }
    // "Olena Zelenska stressed that Ukraine is not ready to give up its territories": one's own
    // state's stance told is no charge against it
    if (subj.every((e) => r.speaker.some((x) => ownState(x, e)))) return;
    const charged = this.blameWord(subj, r.clause, stop);
    if (charged < 0) return;
    const ev = draftEvent({ relation: 'ACCUSED', confidence: 0.6, source: r.speaker, target: subj, speaker: r.speaker[0], pattern: `reported charge (${tokens[charged].lower})` });
    this.addObjects(ev, charged + 1, stop, undefined);
    ev.target = dedupe([...subj, ...ev.target.filter((e) => !r.speaker.some((x) => x.id === e.id))]);
    events.push(ev);
  }

  /** The modal of obligation ("must", "should", "has to") in from..stop; -1 when none. */
  private obligationModal(from: number, stop: number): number {
    const { tokens } = this;
    for (let j = from; j < stop; j++) {
      // (not a modal opening a condition: "impose costs on Russia should it further invade")
      if (invertedModal(tokens, j)) return -1;
      if (MODAL_OBLIGATION.has(tokens[j].lower) || (tokens[j].lower === 'has' && tokens[j + 1]?.lower === 'to')) return j;
    }
    return -1;
  }

  /** "He noted that Russia must withdraw": the speaker calls on whom the modal at `obliged` binds. */
  private readReportedObligation(r: Report, subj: EntityRef[], obliged: number, stop: number): void {
    const { tokens } = this;
    // (the clause's first actor, unless a comma closes it off before the modal: then the modal's
    // own subject, "in order to join the EU, candidates must" names none; not a relative clause on
    // that actor: "the Solidarity Trust Fund, which ... and which should unite")
    const between = tokens.slice(this.mentionEnd(subj, r.clause, stop), obliged);
    const closed = between.some((x) => x.lower === ',') && !between.some((x) => isRelativePronoun(x.lower));
    const bound = closed ? this.obligedSubject(obliged, r.clause) ?? [] : subj;
    if (!bound.length) return;
    const ev = draftEvent({ relation: 'CALLED_FOR', confidence: 0.6, source: r.speaker, target: [...bound], speaker: r.speaker[0], pattern: `reported obligation (${tokens[obliged].lower})` });
    // (whom the act it asks for names is what the call is about, as with "called on Russia to":
    // "Russia must ... respect the sovereignty and territorial integrity of Ukraine")
    this.addObjects(ev, obliged + 1, stop, undefined);
    aboutAfter(ev, bound.length);
    this.events.push(ev);
  }

  /**
   * Where the predicate that blames the subject stands, after it ("due to a Russian attack,
   * Ukrainian children cannot exercise their rights" charges no children); -1 when none.
   */
  private blameWord(subj: EntityRef[], from: number, stop: number): number {
    const { tokens } = this;
    for (let j = this.mentionEnd(subj, from, stop); j < stop; j++) {
      const l = tokens[j].lower;
      // "stated that if our people are killed, ...": what a condition opens is no charge
      if (opensCondition(l)) return -1;
      // "some Ukrainians were loyal to Russia, but now, when the aggressor ... killed": "but" opens
      // a clause of its own subject, unless a verb follows it ("agreed but violated")
      if (l === 'but' && !this.verbFollows(j + 1, stop)) return -1;
      if (NEGATORS.has(l) && j + 1 < stop && POSITIVE_STANCE.has(tokens[j + 1].lower)) return j;
      // a blame word with what it blames ("failed to implement", "violated the ceasefire"), not a
      // bare intransitive at the clause's end ("the first blow failed"); a predicate after "be"
      // blames its subject ("said Taliban militants were responsible.")
      const bare = (j + 1 >= stop || /^[,.;:!?"”)]$/.test(tokens[j + 1].text)) && !isBe(tokens[j - 1]);
      // (not an infinitive of a noun or an adjective: "does not recognize any attempt to
      // undermine", "will not be able to ignore"; "continues to sabotage" is the act)
      const nominalInfinitive = tokens[j - 1]?.lower === 'to' && !/^(VERB|AUX)$/.test(tokens[j - 2]?.pos ?? '');
      // (nor a participle that describes the noun after it: "the bodies of killed soldiers")
      const attributive = tokens[j].pos === 'VERB' && attributiveParticiple(tokens, verbGroup(tokens, j), (k) => this.mentionAt[k] !== undefined);
      if ((BLAME_WORDS.has(verbLemma(l)) || BLAME_WORDS.has(l)) && !bare && !nominalInfinitive && !attributive) return j;
    }
    return -1;
  }

  /** Is the next word from k on, past adverbs, a verb or an auxiliary? */
  private verbFollows(k: number, stop: number): boolean {
    while (k < stop && this.tokens[k].pos === 'ADV') k++;
    return k < stop && /^(VERB|AUX)$/.test(this.tokens[k].pos ?? '');
  }

  /** Where the first mention of any of `ents` in from..to ends (from when none). */
  private mentionEnd(ents: EntityRef[], from: number, to: number): number {
    for (let k = from; k < to; k++) {
      const m = this.mentionAt[k];
      if (m && m.tokStart === k && this.resolvedOf(m, k).some((e) => ents.some((x) => x.id === e.id))) return m.tokEnd;
    }
    return from;
  }

  /** The targets, entities and topic of an event from the tokens from..to. */
  private addObjects(ev: DraftEvent, from: number, to: number, t: Trigger | undefined): void {
    const { tokens, mentionAt } = this;
    const scan: ObjectScan = { topicDone: !!ev.topic, topicPhrase: false, reason: false, betweenUntil: -1, parties: [], meetingBetween: false, targetEnd: -1 };
    let controlTo = false;
    for (let j = from; j < to; j++) {
      const m = mentionAt[j];
      scan.topicPhrase ||= this.opensTopicPhrase(ev, j);
      scan.reason ||= this.reasonOpens(j, t, scan.targetEnd);
      if (m && m.tokStart === j) {
        this.placeObject(ev, m, j, to, scan);
        j = m.tokEnd - 1;
        continue;
      }
      if (!scan.topicDone && t && !m) {
        const l = tokens[j].lower;
        if (l === 'to' && t.control) {
          controlTo = true;
          continue;
        }
        if (OBJECT_SKIP.has(l)) continue;
        this.addTopic(ev, from, j, to, controlTo);
        scan.topicDone = true;
      }
    }
    // "talks between Vladimir Putin and Nguyen Xuan Phuc": the parties of the meeting a noun names
    if (scan.meetingBetween && scan.parties.length >= 2 && scan.parties.every((p) => p.length > 0)) {
      ev.source = scan.parties[0];
      ev.target.push(...scan.parties.slice(1).flat());
    }
    ev.target = dedupe(ev.target);
    ev.about = dedupe(ev.about);
  }

  /**
   * Does token j open what a meeting is about ("spoke with Scholz about ...", a purpose infinitive:
   * "met with Stoltenberg ahead of the Summit to address Russia's invasion"), or a visit's purpose
   * ("visited the Piskarevskoye Memorial Cemetery to pay tribute to the liberators and city residents")?
   */
  private opensTopicPhrase(ev: DraftEvent, j: number): boolean {
    const { tokens } = this;
    const purpose = this.infinitiveOpens(j);
    return (COUNTERPART.includes(ev.relation) && (TOPIC_PREPOSITIONS.has(tokens[j].lower) || purpose)) || (ev.relation === 'VISITED' && purpose);
  }

  /** Do "to" and a verb open an infinitive at j? */
  private infinitiveOpens(j: number): boolean {
    return this.tokens[j].lower === 'to' && this.tokens[j + 1]?.pos === 'VERB';
  }

  /** The mention m at j among the event's objects: a party "between" names, what it is about, or a target. */
  private placeObject(ev: DraftEvent, m: Mention, j: number, to: number, scan: ObjectScan): void {
    const { tokens } = this;
    // ("in Berlin and Paris": a name joined to one after a place preposition is in its phrase)
    const joined = /^(and|,)$/.test(tokens[j - 1]?.lower ?? '') && scan.lastMention?.end === j - 1 && LOCATIVE.has(scan.lastMention.prev);
    // (past an article: "within the CSTO"; past a place noun's phrase: "near the city of Kyiv")
    const p = this.pastPlacePhrase(this.beforeArticle(j));
    const prev = joined ? scan.lastMention!.prev : p >= 0 ? tokens[p].lower : '';
    scan.lastMention = { end: m.tokEnd, prev };
    const role = this.objectRole(ev, m, j, to, scan.topicPhrase, prev === 'between' || (j <= scan.betweenUntil && /^(and|,)$/.test(prev)));
    if (role === 'between') {
      scan.betweenUntil = m.tokEnd + 2;
      if (prev === 'between') scan.meetingBetween = ev.relation === 'MET_WITH' && eventNounSense(tokens[j - 2]?.lower ?? '')?.relation === 'MET_WITH';
      scan.parties.push(m.entities.filter((e) => isActorKind(e.kind)));
    } else if (role === 'about') ev.about.push(...m.entities.filter((e) => isActorKind(e.kind)));
    // (an object past the reason or the requested act is what the act is about, as a place or
    // an agreement it names is: "urged us to stop the occupation of Crimea")
    else if (role === 'object' && scan.reason) ev.about.push(...m.entities);
    else if (role === 'object') {
      if (!scan.topicDone && m.role === 'actor' && !ownStatePossessive(ev, m)) scan.topicDone = true;
      const before = ev.target.length;
      this.addMentioned(ev, m, j, prev);
      if (ev.target.length > before) scan.targetEnd = m.tokEnd;
    }
  }

  /**
   * Does token j, right after the actor object ending at `targetEnd`, open what the act is about:
   * the reason "for" or "on" gives ("thanked Denmark for sending equipment to Ukraine",
   * "congratulated Andrew Parsons on his reelection as President of the IPC"; not "reaffirmed
   * support for Ukraine", a noun's complement), or the infinitive of what the actor is asked
   * ("underscored the need for Russia to take steps ... at its border with Ukraine")?
   */
  private reasonOpens(j: number, t: Trigger | undefined, targetEnd: number): boolean {
    const l = this.tokens[j].lower;
    // ("congratulated Olaf Scholz on his election"; not a time, "on Monday", "on the 18th")
    const time = (k: number) => TEMPORAL.has(this.tokens[k]?.lower ?? '') || /^\d/.test(this.tokens[k]?.lower ?? '');
    const onReason = l === 'on' && !time(j + 1) && !(this.tokens[j + 1]?.lower === 'the' && time(j + 2));
    if (l === 'for' || onReason) return t?.kind === 'verb' && targetEnd === j;
    // (a gerund complement past the target: "noted the special role of the United States in
    // increasing sanctions pressure on Russia")
    if (this.tokens[j].pos === 'ADP' && this.tokens[j + 1]?.pos === 'VERB' && targetEnd >= 0 && gerundComplement(this.tokens, j + 1)) return true;
    // (and a call's infinitive past its addressee, named or not: "called on Congress to send bills
    // to his desk ... for the American people")
    const requested = t?.relation === 'CALLED_FOR' && t.kind === 'verb' && j > t.end + 1;
    return this.infinitiveOpens(j) && ((targetEnd >= 0 && targetEnd >= j - 1) || requested);
  }

  /**
   * What the mention m at j is to the event: skipped ('none'), a party of a relationship the event is
   * about ('between'), what a cooperative act is about ('about'), or an object ('object').
   */
  private objectRole(ev: DraftEvent, m: Mention, j: number, to: number, topicPhrase: boolean, between: boolean): 'none' | 'between' | 'about' | 'object' {
    // "spoke with Scholz about Russia's actions": Russia is what the call is about; "met with
    // Erdogan on the margins of the G20 Summit": the actor naming a summit of a meeting whose
    // sides are named is its occasion (not so "attended a NATO Summit")
    const sided = ev.target.length > 0 || ev.source.length > 1;
    // (so is one after a meeting's noun and "of": "on the sidelines of an informal summit of the CIS heads of state")
    const occasion = COUNTERPART.includes(ev.relation) && sided && (this.namesMeeting(m.tokEnd, to) || this.meetingOf(m.tokStart));
    if ((topicPhrase || occasion) && m.entities.some((e) => isActorKind(e.kind))) return 'none';
    // "..., the President said": the speaker is no target
    if (m.role === 'modifier' || speechAttribution(this.tokens, m.tokStart, m.tokEnd)) return 'none';
    // "agreed to a release ..., with the United States contributing 30 million barrels": the
    // subject of an absolute clause is no object
    if (this.absoluteSubject(m)) return 'none';
    // "cooperation ... through the UN Security Council", "in accordance with UNSC resolutions":
    // the channel or norm of an act is not whom it is aimed at, nor a companion ("will visit the
    // Cosmodrome together with President of Belarus"), nor a role "as" opens ("visiting
    // Ukraine as a UNHCR Goodwill Ambassador") or a clause ("as authorities in Croatia cracked down")
    if (this.meansOf(m.tokStart) || this.roleOf(m.tokStart)) return 'none';
    // "would not agree with the passive sanctions position of some entities regarding Russia":
    // an actor after a preposition of subject matter is what the act is about
    if (this.phraseBefore(m.tokStart, MATTER_PREPOSITIONS)) return 'about';
    // "relations between Russia and Turkmenistan": the parties of a relationship the event is
    // about, not whom it is aimed at
    if (between) return 'between';
    // "expressed gratitude for the support given the invasion of Russia": the complement of an
    // attack's noun ("invasion of", "aggression against") belongs to that act, not to a cooperative one
    if (this.attackComplement(j, ev.relation)) return 'none';
    // "Russia is sending new forces to our land", "mobilized the Army": the forces a mobilisation
    // moves are the mobiliser's own, not whom it aims at
    if (ev.relation === 'MOBILIZED' && this.forceMention(m)) return 'none';
    // "discussed Russia's aggression": the attacker is what a cooperative act is about, not its target
    if (this.attackPossessor(m, ev.relation) || this.attackAgent(j, ev.relation)) return 'about';
    // "the leaders discussed the developments on Belarus' borders with the EU countries": once the
    // sides of a talk are its sources, what they discuss is what the talk is about
    if (ev.relation === 'DISCUSSED' && ev.source.length > 1) return 'about';
    return 'object';
  }

  /** Does the mention name armed forces ("reserve forces", "the Army"), not a state? */
  private forceMention(m: Mention): boolean {
    const heads = this.tokens.slice(m.tokStart, m.tokEnd).some((t) => FORCE_NOUNS.has(nounLemma(t.lower)));
    return heads && m.entities.every((e) => e.kind !== 'State');
  }

  /** "visiting Ukraine as a UNHCR Goodwill Ambassador": is the mention at k in a role "as" opens (not "as well as", "such as")? */
  private roleOf(k: number): boolean {
    const { tokens } = this;
    const p = this.beforeArticle(k);
    return tokens[p]?.lower === 'as' && !/^(well|such)$/.test(tokens[p - 1]?.lower ?? '');
  }

  /** Do the words before k (past an article) close a preposition of means, framework, norm or company ("through", "in accordance with", "together with")? */
  private meansOf(k: number): boolean {
    return this.phraseBefore(k, MEANS_PREPOSITIONS);
  }

  /** Do the words before k (past an article) close one of these prepositions? */
  private phraseBefore(k: number, prepositions: string[][]): boolean {
    const { tokens } = this;
    // ("through the United Nations Security Council": a name right after another is in its phrase)
    const before = this.mentionAt[k - 1];
    if (before && before.tokEnd === k) return this.phraseBefore(before.tokStart, prepositions);
    const end = this.beforeArticle(k) + 1;
    return prepositions.some((words) => words.every((w, q) => tokens[end - words.length + q]?.lower === w));
  }

  /** The token before k, past an article that is no name's ("within the CSTO": "within"). */
  private beforeArticle(k: number): number {
    return this.tokens[k - 1]?.pos === 'DET' && !this.mentionAt[k - 1] ? k - 2 : k - 1;
  }

  /** The preposition before "the city of", "the village of" when p is that phrase's "of"; else p. */
  private pastPlacePhrase(p: number): number {
    const { tokens } = this;
    if (tokens[p]?.lower !== 'of' || !PLACE_NOUNS.has(tokens[p - 1]?.lower ?? '')) return p;
    return tokens[p - 2]?.pos === 'DET' ? p - 3 : p;
  }

  /**
   * Is the mention the subject of an absolute clause: ", with" before it, an -ing verb after it?
   * (Not "spoke with President Macron regarding ...": no comma opens that phrase.)
   */
  private absoluteSubject(m: Mention): boolean {
    const { tokens } = this;
    const w = tokens[m.tokStart - 1]?.pos === 'DET' ? m.tokStart - 2 : m.tokStart - 1;
    const v = tokens[m.tokEnd];
    return tokens[w]?.lower === 'with' && tokens[w - 1]?.lower === ',' && v?.pos === 'VERB' && v.lower.endsWith('ing');
  }

  /** Do a meeting's noun and "of" (past an article) stand right before k ("a summit of the CIS")? */
  private meetingOf(k: number): boolean {
    const noun = this.eventNounBeforeOf(k);
    return noun !== undefined && eventNounSense(this.tokens[noun].lower)?.relation === 'MET_WITH';
  }

  /** Does an event noun follow at k, past a noun and its possessive mark ("the G7 Leaders' Summit")? */
  private namesMeeting(k: number, to: number): boolean {
    const { tokens } = this;
    for (let q = k; q < to && q <= k + 2; q++) {
      if (eventNounSense(tokens[q].lower) !== undefined) return true;
      if (!possessiveMark(tokens[q]) && tokens[q].pos !== 'NOUN' && tokens[q].pos !== 'PROPN') return false;
    }
    return false;
  }

  /** Does the mention own an attack's noun in a cooperative act ("support ... in view of Russia's ongoing aggression")? */
  private attackPossessor(m: Mention, relation: Relation): boolean {
    if (!COOPERATIVE.includes(relation)) return false;
    const { tokens } = this;
    let k = m.tokEnd;
    if (!m.possessive && !possessiveMark(tokens[k])) return false;
    if (!m.possessive) k++;
    // (adjectives a list joins: "President Putin's unprovoked and unjustified attack")
    const modifier = (x: Token | undefined) => x?.pos === 'ADJ' || x?.pos === 'ADV' || (/^(and|,)$/.test(x?.lower ?? '') && tokens[k - 1]?.pos === 'ADJ');
    while (k < m.tokEnd + 6 && modifier(tokens[k])) k++;
    return k < this.n && eventNounSense(tokens[k].lower)?.relation === 'ATTACKED';
  }

  /**
   * Is the mention at j the "by" agent of an attack named just before, in a cooperative act ("thanked
   * him for his position on the war waged against our state by the Russian Federation")? The attacker
   * is what the act is about, as a possessor is ("Russia's war").
   */
  private attackAgent(j: number, relation: Relation): boolean {
    if (!COOPERATIVE.includes(relation)) return false;
    const { tokens } = this;
    const by = tokens[j - 1]?.pos === 'DET' ? j - 2 : j - 1;
    if (tokens[by]?.lower !== 'by') return false;
    for (let k = by - 1; k >= Math.max(0, by - 6); k--) {
      if (/^[,;:.]$/.test(tokens[k].lower)) return false;
      if (tokens[k].pos === 'NOUN' && (eventNounSense(tokens[k].lower)?.relation === 'ATTACKED' || CONFLICT_NOUNS.has(tokens[k].lower))) return true;
    }
    return false;
  }

  /**
   * Is the mention at j the complement of an attack's noun in another act ("refrain from aggression
   * against Ukraine", "the invasion of Russia" in a thanks)? It is the attack's, not that act's.
   */
  private attackComplement(j: number, relation: Relation): boolean {
    if (relation === 'ATTACKED') return false;
    const { tokens } = this;
    // the complement opens at the mention (past an article), or earlier in its phrase: "attacks on
    // the sovereign nation and people of Ukraine"
    const starts = [this.beforeArticle(j) + 1, nounPhraseStart(tokens, j, 0)];
    return starts.some((k) => k >= 2 && nounComplementAt(tokens, k - 2) === k && this.attackNounAt(k - 2, relation));
  }

  /** Is the noun at `noun`, whose complement an actor is, an attack's (or a war's) for an act of `relation`? */
  private attackNounAt(noun: number, relation: Relation): boolean {
    const { tokens } = this;
    // "the invasion of Russia" may name the invader: only a cooperative act leaves it out
    if (tokens[noun + 1].lower === 'of' && !COOPERATIVE.includes(relation)) return false;
    // (and of sanctions in support: "thanked Slovenia for supporting the sanctions against Russia")
    const sense = eventNounSense(tokens[noun].lower);
    // ("continue to support Ukraine in this war against Russia": a war's side is no target of a
    // peaceful act either; "mobilized troops for a war against Iraq" aims at it)
    const war = CONFLICT_NOUNS.has(nounLemma(tokens[noun].lower)) && !HOSTILE.includes(relation) && relation !== 'WARNED';
    return sense?.relation === 'ATTACKED' || war || (!!sense && DIRECTED.includes(relation) && HOSTILE.includes(sense.relation));
  }

  /** The entities of mention m (at token j, after the word prev) as targets or what the event is about. */
  private addMentioned(ev: DraftEvent, m: Mention, j: number, prev: string): void {
    // "Putin reaffirmed its commitment" (its: Russia): the actor's own state is no target
    if (ownStatePossessive(ev, m)) return;
    const ents = m.role === 'reference' ? this.resolvedOf(m, j) : m.entities;
    // "Ukrainians are defending their country": the source's own country is no target either
    if (m.via === 'pronoun' && countryOwner(m.ref) && ents.every((e) => ev.source.some((s) => s.country === e.country))) {
      ev.ownTarget = true;
      return;
    }
    this.dropTitleState(ev, m, ents);
    for (const e of ents) {
      if (ev.source.some((x) => x.id === e.id)) continue;
      if (isActorKind(e.kind)) {
        if (LOCATIVE.has(prev) && ev.relation !== 'VISITED' && ev.relation !== 'ATTACKED') continue;
        if (m.via === 'capital' && LOCATIVE.has(prev)) continue;
        ev.target.push(e);
      } else ev.about.push(e);
    }
  }

  /**
   * "U.S. Secretary of State Antony Blinken", "UK Prime Minister Boris Johnson": a state named right
   * before a title is the title's country, as a demonym is ("Polish Foreign Minister"), no second target.
   */
  private dropTitleState(ev: DraftEvent, m: Mention, ents: EntityRef[]): void {
    const before = this.mentionAt[m.tokStart - 1];
    if (!before || before.tokEnd !== m.tokStart || !TITLE_WORDS.has(this.tokens[m.tokStart].lower)) return;
    const countries = new Set(ents.filter((e) => e.kind === 'Person').map((e) => e.country));
    ev.target = ev.target.filter((e) => !(e.kind === 'State' && countries.has(e.country) && before.entities.some((b) => b.id === e.id)));
  }

  /** The words from j on (up to the next actor) as the event's topic, when they name one of the vocabulary. */
  private addTopic(ev: DraftEvent, from: number, j: number, to: number, controlTo: boolean): void {
    const { tokens, mentionAt } = this;
    const words: string[] = [];
    let k = j;
    while (k < to && words.length < 12) {
      const mk = mentionAt[k];
      if (mk && mk.role !== 'modifier') {
        const situation = mk.entities.some((e) => e.kind === 'State') && words.length >= 2 && SITUATION_PREP.has(words[words.length - 1]);
        if (!situation) break;
      }
      words.push(tokens[k].lower);
      k++;
    }
    const topic = words.length ? normaliseTopic(words, { verbPhrase: controlTo, stateName: this.s.stateName }) : undefined;
    // a topic is one of the vocabulary (the synonym table, the issue phrases, a situation in a
    // state); a free phrase is what the act is about, but no topic of positions
    if (topic && !topic.vocabulary) ev.object ||= tokens.slice(from, j).every((x) => x.pos === 'DET' || x.pos === 'PRON' || x.pos === 'ADV');
    else if (topic) {
      const e = Math.min(to, j + Math.max(1, topic.length ?? words.length));
      const a = tokens[j].start;
      const b = tokens[e - 1].end;
      ev.topic = { topic, start: a, end: b, text: this.s.text.slice(a, b) };
    }
  }
}

/** "Putin reaffirmed its commitment" (its: Russia): a possessive naming the acting leader's own state. */
function ownStatePossessive(ev: DraftEvent, m: Mention): boolean {
  return !!m.possessive && m.entities.every((e) => e.kind === 'State' && ev.source.some((s) => s.kind === 'Person' && s.country === e.country));
}

/**
 * A leader acting on his own state is no event ("Putin supported Russia"): the state leaves the
 * targets and what the act is about, and an event left with no target and nothing it is about goes. A verb coded by the
 * CAMEO dictionary alone needs a target or a topic (PETRARCH codes only source-target events).
 */
function kept(ev: DraftEvent): boolean {
  const had = ev.target.length;
  const own = (e: EntityRef) => ev.source.some((s) => ownState(s, e));
  ev.target = ev.target.filter((e) => !own(e));
  // (nor is it what his act is about: "thanked Denmark for sending equipment to Ukraine" is no
  // stance of Zelenskyy's toward Ukraine; the act stays)
  const ownAbout = ev.about.some(own);
  ev.about = ev.about.filter((e) => !own(e));
  // "promised to democratize Serbia": a complement about one's own state is still a promise
  if ((had || ev.ownTarget) && !ev.target.length && !ev.about.length && !ev.topic && !ev.control) return false;
  // an act needs whom or what it is about: an actor, an entity, a topic or an object ("Ukraine
  // will fight", "has failed" are none); the named act of a state ("the Russian invasion") and a promise with its complement
  // stand alone
  if (ev.target.length > 0 || ev.about.length > 0 || ownAbout || !!ev.topic || !!ev.nominal || !!ev.control) return true;
  // a dictionary phrase names a protest whole ("workers went on strike"); a group protests
  // without an addressee ("Egyptian demonstrators rioted")
  if (ev.relation === 'PROTESTED' && (!!ev.shape?.phrase || ev.source.every((e) => e.kind === 'Group'))) return true;
  // so does a mobilisation by a phrase with a content word after the verb ("Israeli troops
  // remained on alert", "put its forces on alert"; not "troops remained", "flew into")
  if (ev.relation === 'MOBILIZED' && !!ev.shape?.wordAfterVerb) return true;
  // support and cooperation are for someone or something named: "noted the importance
  // of stepping up the work", "congratulated the staff of the magazine" are none; between two or
  // more sources they are mutual ("Czechia and Albania have upgraded their diplomatic ties")
  return !!ev.object && (!DIRECTED.includes(ev.relation) || (ev.source.length > 1 && !!ev.reciprocal));
}

/** A reported act in its speaker's voice: the speaker demands it of its source, or charges the source with it. */
function inSpeakersVoice(ev: DraftEvent, speaker: EntityRef[], relation: 'CALLED_FOR' | 'ACCUSED'): void {
  ev.target = dedupe([...ev.source]);
  ev.source = speaker;
  ev.relation = relation;
  if (relation === 'ACCUSED') ev.confidence = 0.7;
}

/** A person and the state of his country. */
function ownState(person: EntityRef, state: EntityRef): boolean {
  return person.kind === 'Person' && state.kind === 'State' && !!person.country && person.country === state.country;
}

/** With `targets` targets before it, the targets an event gained since are what it is about. */
function aboutAfter(ev: DraftEvent, targets: number): void {
  if (targets > 0) ev.about = dedupe([...ev.about, ...ev.target.splice(targets)]);
}

/** What `addObjects` carries from one object to the next. */
interface ObjectScan {
  topicDone: boolean;
  /** past a word that opens what a meeting is about, or a visit's purpose */
  topicPhrase: boolean;
  /** past the reason an act gives or the act a call asks for */
  reason: boolean;
  betweenUntil: number;
  /** "talks between Vladimir Putin and Nguyen Xuan Phuc": the parties of the meeting a noun names */
  parties: EntityRef[][];
  meetingBetween: boolean;
  lastMention?: { end: number; prev: string };
  /** where the last target's mention ends */
  targetEnd: number;
}

function dedupe(xs: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

