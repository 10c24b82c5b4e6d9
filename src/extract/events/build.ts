import { verbLemma } from '../lexicon/lemma';
import { isActorKind, type EntityRef, type Mention } from '../mentions/mention';
import type { Token } from '../text/tokens';
import { normaliseTopic, type Topic } from '../topics';
import type { Mode, Relation } from '../types';
import { actorObject, aspectualGovernor, attributiveParticiple, directObject, conditionalClause, firstOrSecondPerson, nounComplementAt, nounPhraseStart, isQuestion, speechAttribution, subjectSlot, verbGroup, type VerbGroup } from './clause';
import { resolveReference, type Discourse } from './discourse';
import { findTriggers, reportingAt, type Trigger } from './triggers';

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
  /** the verb takes an infinitive complement ("promised to democratize Serbia") */
  control?: boolean;
  /** an event noun whose modifier names its source ("the Russian invasion"): an act without a target */
  nominal?: boolean;
  /** the verb has a noun phrase as its direct object ("withdraw its troops", "lifted a curfew") */
  object?: boolean;
}

const PREPOSITIONS = new Set(['of', 'with', 'to', 'in', 'for', 'from', 'on', 'by', 'against', 'at', 'about', 'over', 'between', 'among', 'regarding', 'near', 'under', 'toward', 'towards', 'into', 'after', 'before', 'during', 'than', 'upon', 'through', 'across', 'throughout', 'within', 'inside', 'like', 'including', 'amid', 'despite', 'concerning', 'involving', 'behind']);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'throughout', 'across', 'within', 'from', 'outside']);
const CLAUSE_STOPS = new Set([';', ':', 'which', 'who', 'whom', 'while', 'whereas', 'but', 'because', 'although', 'though', 'despite', 'after', 'before', 'since', 'unless', 'if', 'when', 'under', 'following', 'amid', 'so', 'thereby', 'whose']);
const SITUATION_PREP = /^(in|around|of|on|with|near|along|surrounding)$/;
const QUANTITY = new Set(['group', 'groups', 'number', 'delegation', 'team', 'thousands', 'hundreds', 'dozens', 'millions', 'some', 'many', 'most', 'members', 'one', 'two', 'three', 'several', 'majority', 'part', 'all', 'none', 'each', 'both', 'leaders', 'representatives']);
// group nouns whose road blocks and strikes are protest
const PROTESTERS = /^(demonstrator|protester|protestor|activist|supporter|student|striker|worker|farmer|youth)s?\b/i;
const ACT_NOUNS = new Set(['decision', 'plan', 'plans', 'attempt', 'attempts', 'move', 'intention', 'bid', 'effort', 'efforts', 'readiness', 'willingness', 'refusal', 'right', 'call', 'calls', 'demand', 'demands', 'order', 'threat', 'threats', 'proposal', 'initiative', 'desire', 'aim', 'goal', 'step', 'steps', 'policy', 'course', 'commitment', 'pledge', 'promise', 'agreement']);
const SOFT_STOPS = new Set(['after', 'before', 'under', 'following', 'despite', 'amid']);
const NEGATORS = new Set(['not', "'t", 'never', 'no', 'neither', 'nor', 'cannot']);
const FUTURE = new Set(['will', 'would', 'shall', "'ll", 'willing', 'ready', 'prepared', 'going', 'intends', 'plans']);
const MODAL_OBLIGATION = new Set(['must', 'should']);
const CONNECT = new Set(['and', ',', '&', 'as', 'well', 'both', 'also', 'the', 'its', 'their', 'his', 'her']);
const SUBJECT_SKIP = new Set(['also', 'has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'reportedly', 'then', 'again', 'jointly', 'further', 'even', 'already', 'once', 'previously', 'recently', 'later', 'subsequently', 'thereupon', 'furthermore', 'moreover', 'however']);

// relations that need an actor, an entity or a topic of the vocabulary as their object
const DIRECTED: Relation[] = ['SUPPORTED', 'COOPERATED'];
const COOPERATIVE: Relation[] = ['MET_WITH', 'VISITED', 'DISCUSSED', 'AGREED', 'SUPPORTED', 'COOPERATED', 'PROVIDED_AID', 'CONCEDED', 'RETREATED'];
const HOSTILE: Relation[] = ['ATTACKED', 'COERCED', 'SANCTIONED', 'MOBILIZED', 'PROTESTED'];
// acts that a speaker's report turns into an accusation: "X said militants started the escalation"
const ACCUSABLE: Relation[] = ['ATTACKED', 'COERCED', 'MOBILIZED', 'SANCTIONED', 'REJECTED'];
// "Kyiv is not serious": an actor said not to be willing is being accused
const POSITIVE_STANCE = new Set(['serious', 'ready', 'interested', 'willing', 'committed', 'constructive', 'prepared', 'sincere', 'genuine', 'able', 'capable', 'honest', 'responsible']);
const BLAME_WORDS = new Set(['sabotage', 'violate', 'provoke', 'ignore', 'undermine', 'obstruct', 'stall', 'escalate', 'responsible', 'guilty', 'aggressive', 'destabilize', 'destabilise', 'fail', 'refuse', 'drag', 'block', 'threaten', 'shell', 'attack', 'kill', 'mislead', 'lie', 'blackmail', 'discriminate', 'exterminate']);

export interface SentenceInput {
  tokens: Token[];
  mentions: Mention[];
  /** resolved dates of the sentence, in order */
  dates: { date?: string; start: number }[];
  text: string;
  stateName: (folded: string[]) => string | undefined;
}

interface Actorish {
  m: Mention;
  entities: EntityRef[];
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
  const { tokens, mentions } = s;
  const n = tokens.length;
  // a question asks whether something happened; it reports nothing
  if (isQuestion(tokens)) return [];
  // a line of links ("[December 1-2: Secretary Blinken's meeting ...](https://...)") is no prose
  if (tokens.some((t) => t.lower === 'https' || t.lower === 'http')) return [];
  const mentionAt: (Mention | undefined)[] = new Array(n);
  for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) mentionAt[k] = m;
  const startsAt = (k: number): boolean => mentionAt[k]?.tokStart === k && mentionAt[k]!.role !== 'modifier';
  const startsActor = (k: number): boolean => mentionAt[k]?.tokStart === k && (mentionAt[k]!.role === 'reference' || mentionAt[k]!.entities.some((e) => isActorKind(e.kind))) && mentionAt[k]!.role !== 'modifier';
  const actorAt = (k: number): boolean => !!mentionAt[k] && mentionAt[k]!.role === 'actor' && mentionAt[k]!.entities.some((e) => isActorKind(e.kind));
  const modifierAt = (k: number): boolean => mentionAt[k]?.role === 'modifier';

  // resolve pronouns and "both leaders" in order, updating the last person as names go by
  const resolved = new Map<Mention, EntityRef[]>();
  let lastPerson = d.lastPerson;
  const inSpeech = firstOrSecondPerson(tokens);
  for (const m of mentions) {
    if (m.role === 'reference') resolved.set(m, resolveReference(m, d, lastPerson, inSpeech));
    else resolved.set(m, m.entities);
    for (const e of m.entities) if (e.kind === 'Person') lastPerson = e;
  }

  // reported speech: reporting verb -> clause start
  const reports: { verb: number; clause: number; speaker: EntityRef[] }[] = [];
  const triggers = findTriggers(tokens, actorAt, modifierAt, (k) => !!mentionAt[k] && mentionAt[k]!.role !== 'modifier');
  // a noun carried by a verb of the lexicon is the more specific reading ("reaffirmed support")
  const carriers = new Set(triggers.filter((t) => t.kind === 'noun').map((t) => t.carrier));
  const trigs = triggers.filter((t) => !(t.kind === 'verb' && carriers.has(t.at)));
  const trigAt = new Map<number, Trigger>();
  for (const t of trigs) trigAt.set(t.at, t);

  for (let i = 0; i < n; i++) {
    if (mentionAt[i]) continue;
    const c = reportingAt(tokens, i, startsAt);
    if (c < 0) continue;
    const subj = subjectOf(i, 0);
    if (subj.length) {
      reports.push({ verb: i, clause: c, speaker: subj });
      trigAt.delete(i);
    }
  }

  function speakerAt(k: number): { speaker: EntityRef[]; clause: number } | undefined {
    let best: { speaker: EntityRef[]; clause: number } | undefined;
    for (const r of reports) if (r.clause <= k) best = r;
    return best;
  }

  function resolvedOf(m: Mention, k: number): EntityRef[] {
    const rep = speakerAt(k);
    const r = m.ref;
    // "Hungary said it will ...", "the rebels said they would ...": the pronoun is the speaker
    if (rep && m.role === 'reference' && !m.possessive && m.tokStart >= rep.clause) {
      const sp = rep.speaker;
      if ((r === 'it' && sp.every((e) => e.kind !== 'Person')) || ((r === 'they' || r === 'them') && (sp.length > 1 || sp.some((e) => e.kind !== 'Person'))) || ((r === 'he' || r === 'she') && sp.length === 1 && sp[0].kind === 'Person')) return sp;
    }
    return (resolved.get(m) ?? []).filter((e) => isActorKind(e.kind));
  }

  // clause starts, once per sentence: after the last stop word, or the reported clause's start
  const stopBefore: number[] = new Array(n + 1);
  let lastStop = 0;
  for (let k = 0; k <= n; k++) {
    stopBefore[k] = lastStop;
    if (k < n && CLAUSE_STOPS.has(tokens[k].lower) && !SOFT_STOPS.has(tokens[k].lower)) lastStop = k + 1;
  }
  function clauseStart(k: number): number {
    let c = stopBefore[k];
    for (const r of reports) if (r.clause <= k && r.clause > c) c = r.clause;
    return c;
  }
  const condAfter: boolean[] = new Array(n + 1).fill(false);
  // "will withdraw unless ..." is a threat; "would meet if ..." an offer
  for (let k = n - 1; k >= 0; k--) condAfter[k] = condAfter[k + 1] || tokens[k].lower === 'unless';

  function subjectOf(k: number, from: number): EntityRef[] {
    const out: EntityRef[] = [];
    let j = from;
    let first: Mention | undefined;
    while (j < k) {
      const m = mentionAt[j];
      if (m && m.tokStart === j && m.role !== 'modifier' && !m.possessive) {
        const prev = j > 0 ? tokens[j - 1].lower : '';
        const ents = resolvedOf(m, j);
        const quantityOf = prev === 'of' && j > 1 && QUANTITY.has(tokens[j - 2].lower);
        if ((!PREPOSITIONS.has(prev) || quantityOf) && ents.length) {
          first = m;
          out.push(...ents);
          j = m.tokEnd;
          break;
        }
      }
      j = m && m.tokStart === j ? m.tokEnd : j + 1;
    }
    if (!first) return out;
    // "X and Y", "X, Y and Z", "X as well as Y"
    while (j < k) {
      let g = j;
      while (g < k && CONNECT.has(tokens[g].lower) && !mentionAt[g]) g++;
      if (g === j || g >= k) break;
      const m = mentionAt[g];
      if (!m || m.tokStart !== g || m.role === 'modifier') break;
      out.push(...resolvedOf(m, g));
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
  function subjectByClause(g: VerbGroup, cs: number, at: number, depth = 0): EntityRef[] {
    const slot = subjectSlot(tokens, g, cs);
    if (slot.kind === 'verb') return depth < 4 ? subjectByClause(verbGroup(tokens, slot.at), cs, slot.at, depth + 1) : [];
    if (slot.kind === 'clause') return subjectOf(at, cs);
    if (slot.kind === 'none') return [];
    const m = mentionAt[slot.at];
    if (!m || m.role === 'modifier') return phraseActors(slot.at, cs);
    return joinedLeft(m);
  }

  // "Athens' foreign ministry", "Turkish police investigators", "Kuwait and its allies": a subject
  // whose head is no actor stands for the actors named inside its own noun phrase
  function phraseActors(head: number, cs: number): EntityRef[] {
    const from = nounPhraseStart(tokens, head, cs);
    for (let k = head - 1; k >= from; k--) {
      const m = mentionAt[k];
      if (!m || m.tokStart < from) continue;
      const ents = m.role === 'modifier' || m.possessive ? m.entities.filter((e) => isActorKind(e.kind)) : null;
      return ents ?? joinedLeft(m);
    }
    // apposition: "President Joseph R. Biden, Jr. spoke": the actor named before the comma
    const m = from - 1 > cs ? mentionAt[from - 2] : undefined;
    if (tokens[from - 1]?.lower === ',' && m && m.role !== 'modifier' && !m.possessive && !PREPOSITIONS.has(tokens[m.tokStart - 1]?.lower ?? '')) return joinedLeft(m);
    return [];
  }

  // "the US and Spain", "Germany, France and Poland": the mentions joined to m on its left
  function joinedLeft(m: Mention): EntityRef[] {
    const out = [...resolvedOf(m, m.tokStart)];
    let k = m.tokStart - 1;
    while (k >= 0) {
      let j = k;
      while (j >= 0 && CONNECT.has(tokens[j].lower) && !mentionAt[j]) j--;
      if (j === k || j < 0 || !tokens.slice(j + 1, k + 1).some((x) => x.lower === 'and' || x.lower === ',')) break;
      const p = mentionAt[j];
      if (!p || p.role === 'modifier' || p.possessive) break;
      out.unshift(...resolvedOf(p, p.tokStart));
      k = p.tokStart - 1;
    }
    return dedupe(out);
  }

  // the word at k, or '' outside the sentence (a trigger may stand first or last)
  const prevTok = (k: number): string => (k >= 0 && k < n ? tokens[k].lower : '');

  const events: DraftEvent[] = [];
  let prevSource: EntityRef[] = [];
  let prevEvent: DraftEvent | undefined;
  let prevTrig: Trigger | undefined;
  let absorbUntil = -1;
  let absorbInto: DraftEvent | undefined;

  const sorted = [...trigAt.values()].sort((a, b) => a.at - b.at);
  for (let ti = 0; ti < sorted.length; ti++) {
    const t = sorted[ti];
    const at = t.kind === 'noun' && t.carrier !== undefined && t.carrier < t.at && !modifierAt(t.carrier) ? t.carrier : t.at;
    const next = sorted[ti + 1];
    const cs = clauseStart(at);
    let end = n;
    for (let j = t.end + 1; j < n; j++) {
      if (CLAUSE_STOPS.has(tokens[j].lower) || (next && j >= (next.kind === 'noun' && next.carrier !== undefined && next.carrier > t.end ? next.carrier : next.at))) { end = j; break; }
    }
    const infinitive = prevTok(at - 1) === 'to' || (prevTok(at - 2) === 'to' && /ly$/.test(prevTok(at - 1)));
    const joined = prevTrig && !infinitive && tokens.slice(prevTrig.end + 1, at).some((x) => x.lower === 'and') &&
      !tokens.slice(prevTrig.end + 1, at).some((x, q) => actorAt(prevTrig!.end + 1 + q) || mentionAt[prevTrig!.end + 1 + q]?.role === 'reference');

    // a complement of a control verb or of a request is what that event is about
    if (absorbInto && at <= absorbUntil && (infinitive || prevTok(at - 1) === 'that' || t.kind === 'noun')) {
      // "vowed to fight", "swore to attack": a promise of violence is a threat
      if (absorbInto.relation === 'AGREED' && (t.relation === 'ATTACKED' || t.relation === 'COERCED')) absorbInto.relation = 'WARNED';
      addObjects(absorbInto, t.end + 1, end, t);
      continue;
    }

    // "condemned Putin's decision to recognize ...": the infinitive belongs to the noun, not a new event
    if (infinitive && prevEvent && (ACT_NOUNS.has(prevTok(at - 2)) || (prevTok(at - 2) === 'to' && ACT_NOUNS.has(prevTok(at - 3))))) {
      addObjects(prevEvent, t.end + 1, end, t);
      continue;
    }

    // the verb group of a verb trigger or of the light verb carrying a noun
    const g: VerbGroup | undefined = t.kind === 'verb' || at === t.carrier ? verbGroup(tokens, at) : undefined;
    // conditions, possibilities, obligations outside reported speech, and infinitives that are
    // neither a meeting's purpose nor the act a verb of continuing names, report no act
    let meetingPurpose = false;
    let governor: number | undefined;
    if (g) {
      const skip = conditionalClause(tokens, cs, g.start) || g.hypothetical || (g.obligation && !speakerAt(at)) || (t.kind === 'verb' && attributiveParticiple(tokens, g));
      meetingPurpose = g.infinitive && !!prevEvent && prevEvent.relation === 'MET_WITH' && !!prevTrig && at - prevTrig.end <= 12;
      governor = aspectualGovernor(tokens, g);
      if (skip || (g.infinitive && !meetingPurpose && governor === undefined)) {
        prevTrig = t;
        continue;
      }
    }

    // a CAMEO verb without a phrase pattern is an event only with an actor as its object (PETRARCH
    // codes source-target events): "organized a forum", "accelerate the response" are none
    // (not a possessive pronoun: "will take its first action")
    if (t.kind === 'verb' && /^CAMEO \S+ [^-]/.test(t.pattern) && !actorObject(tokens, t.end, (k) => startsActor(k) && !(mentionAt[k]!.role === 'reference' && mentionAt[k]!.possessive))) {
      prevTrig = t;
      continue;
    }
    const nominal = t.kind === 'noun' && t.carrier !== undefined && (modifierAt(t.carrier) || tokens[t.carrier].lower === "'s");

    // passive: "was attacked by X", "have been killed, ... and wounded by X"
    const passive = !!g && t.kind === 'verb' && g.passive && !(t.control && prevTok(at + 1) === 'to');
    let source: EntityRef[] = [];
    let patients: EntityRef[] = [];
    if (passive) {
      for (let j = t.end + 1; j < Math.min(n, t.end + 12); j++) {
        if (tokens[j].lower === ';' || tokens[j].lower === '.') break;
        // "by Russia", "by the Russian troops"
        const a = tokens[j + 1]?.pos === 'DET' ? j + 2 : j + 1;
        if (tokens[j].lower === 'by' && mentionAt[a]) {
          source = resolvedOf(mentionAt[a]!, a);
          break;
        }
      }
      patients = subjectByClause(verbGroup(tokens, at), cs, at);
    } else if (nominal) {
      const m = mentionAt[t.carrier!] ?? mentionAt[t.carrier! - 1];
      source = m ? m.entities.filter((e) => isActorKind(e.kind)) : [];
    } else if (g && meetingPurpose) {
      source = prevSource;
    } else if (g) {
      source = subjectByClause(governor !== undefined ? verbGroup(tokens, governor) : g, cs, governor ?? at);
      if (!source.length && joined && prevSource.length && subjectSlot(tokens, g, cs).kind !== 'phrase') source = prevSource;
    } else {
      source = subjectOf(at, cs);
      if (!source.length && (infinitive || joined) && prevSource.length) source = prevSource;
    }
    if (!source.length) {
      // "The dialogue was held on February 20": the date of the meeting at hand
      if (t.kind === 'noun' && t.relation === 'MET_WITH' && d.meetingEvent !== undefined && s.dates.some((x) => x.date)) {
        d.pendingMeetingDate = s.dates.find((x) => x.date)!.date;
      }
      prevTrig = t;
      continue;
    }

    const ev: DraftEvent = {
      relation: t.relation,
      mode: t.mode,
      negated: false,
      confidence: t.kind === 'verb' ? 0.8 : 0.65,
      source,
      target: [...patients],
      about: [],
      explicitDate: false,
      pattern: t.pattern,
      control: t.control,
      nominal,
      // a light verb's object is the event noun itself ("issued an ultimatum")
      object: t.kind === 'verb' ? directObject(tokens, t.end) : !nominal,
    };
    // purpose infinitive after a meeting: both sides discuss ("held a call with X to discuss Y")
    if (meetingPurpose && prevEvent && prevEvent.relation === 'MET_WITH' && prevTrig && at - prevTrig.end <= 12) {
      ev.source = dedupe([...prevEvent.source, ...prevEvent.target]);
    }
    // "since the Russian aggression, Lithuania has sheltered ...": a nominal event's target is its own complement
    if (nominal) {
      const c = nounComplementAt(tokens, t.end);
      if (c !== undefined && mentionAt[c]?.tokStart === c) addObjects(ev, c, mentionAt[c]!.tokEnd, undefined);
    } else addObjects(ev, t.end + 1, end, t);

    // negation, intention, obligation
    const window = tokens.slice(Math.max(cs, at - 4), at).map((x) => x.lower);
    // a clause's negation does not reach a named act ("This is not just Russia's invasion")
    if (window.some((w) => NEGATORS.has(w)) && !nominal) ev.negated = true;
    // a named act ("stop Russia's offensive") keeps its relation whatever the clause's tense
    const future = !nominal && (window.some((w) => FUTURE.has(w)) || (prevTok(at - 1) === 'to' && prevTok(at - 2) === 'going'));
    const conditional = condAfter[at];
    if (future) {
      // "is not going to invade": a disavowed act is no threat
      if (ev.negated && HOSTILE.includes(ev.relation)) {
        prevTrig = t;
        continue;
      }
      if (ev.negated && COOPERATIVE.includes(ev.relation)) {
        ev.relation = 'REJECTED';
        ev.negated = false;
      } else if (conditional || HOSTILE.includes(ev.relation)) ev.relation = 'WARNED';
      else if (COOPERATIVE.includes(ev.relation)) ev.relation = 'AGREED';
    }

    if (ev.relation === 'COERCED' && ev.source.some((e) => e.kind === 'Group' && e.name.split(' ').some((w) => PROTESTERS.test(w)))) ev.relation = 'PROTESTED';

    // reported speech
    const rep = speakerAt(at);
    if (rep) {
      ev.speaker = rep.speaker[0];
      const sameAsSpeaker = ev.source.every((e) => rep.speaker.some((x) => x.id === e.id));
      if (!sameAsSpeaker) {
        const obliged = window.some((w) => MODAL_OBLIGATION.has(w)) || (window.includes('have') && prevTok(at - 1) === 'to') || (window.includes('has') && prevTok(at - 1) === 'to');
        if (obliged) {
          ev.target = dedupe([...ev.source]);
          ev.source = rep.speaker;
          ev.relation = 'CALLED_FOR';
        } else if (ACCUSABLE.includes(ev.relation) && !ev.negated) {
          ev.target = dedupe([...ev.source]);
          ev.source = rep.speaker;
          ev.relation = 'ACCUSED';
          ev.confidence = 0.7;
        }
      }
    }

    events.push(ev);
    if (t.control || (ev.relation === 'CALLED_FOR' && ev.target.length)) {
      absorbInto = ev;
      absorbUntil = end + (t.control ? 12 : 20);
    } else {
      absorbInto = undefined;
    }
    prevSource = source;
    prevEvent = ev;
    prevTrig = t;
  }

  // "Kyiv is not serious about ...", "militants sabotage ...": a speaker's charge without an event verb
  for (const r of reports) {
    let stop = n;
    for (let j = r.clause; j < n; j++) if (tokens[j].lower === ';' || (j > r.clause && tokens[j].lower === 'that' && j > r.clause + 1)) { stop = j; break; }
    const subj = subjectOf(stop, r.clause);
    if (!subj.length || subj.every((e) => r.speaker.some((x) => x.id === e.id))) continue;
    if (events.some((e) => e.relation === 'ACCUSED' && e.speaker && e.target.some((x) => subj.some((y) => y.id === x.id)))) continue;
    let obliged = -1;
    for (let j = r.clause; j < stop; j++) if (MODAL_OBLIGATION.has(tokens[j].lower) || (tokens[j].lower === 'has' && tokens[j + 1]?.lower === 'to')) { obliged = j; break; }
    if (obliged >= 0 && !events.some((e) => e.relation === 'CALLED_FOR' && e.speaker)) {
      const ev: DraftEvent = { relation: 'CALLED_FOR', negated: false, confidence: 0.6, source: r.speaker, target: subj, about: [], speaker: r.speaker[0], explicitDate: false, pattern: `reported obligation (${tokens[obliged].lower})` };
      addObjects(ev, obliged + 1, stop, undefined);
      events.push(ev);
      continue;
    }
    let charged = -1;
    for (let j = r.clause; j < stop; j++) {
      const l = tokens[j].lower;
      if (NEGATORS.has(l) && j + 1 < stop && POSITIVE_STANCE.has(tokens[j + 1].lower)) { charged = j; break; }
      if (BLAME_WORDS.has(verbLemma(l)) || BLAME_WORDS.has(l)) { charged = j; break; }
    }
    if (charged < 0) continue;
    const ev: DraftEvent = {
      relation: 'ACCUSED', negated: false, confidence: 0.6, source: r.speaker, target: subj, about: [],
      speaker: r.speaker[0], explicitDate: false, pattern: `reported charge (${tokens[charged].lower})`,
    };
    addObjects(ev, charged + 1, stop, undefined);
    ev.target = dedupe([...subj, ...ev.target.filter((e) => !r.speaker.some((x) => x.id === e.id))]);
    events.push(ev);
  }

  // dates said in the sentence
  const dated = s.dates.filter((x) => x.date);
  if (dated.length) for (const ev of events) { ev.date = dated[0].date; ev.explicitDate = true; }
  return events.filter(kept);

  function addObjects(ev: DraftEvent, from: number, to: number, t: Trigger | undefined): void {
    let topicDone = !!ev.topic;
    let controlTo = false;
    let betweenUntil = -1;
    for (let j = from; j < to; j++) {
      const m = mentionAt[j];
      if (m && m.tokStart === j) {
        const prev = j > 0 ? tokens[j - 1].lower : '';
        // "..., the President said": the speaker is no target
        if (m.role === 'modifier' || speechAttribution(tokens, m.tokStart, m.tokEnd)) {
          j = m.tokEnd - 1;
          continue;
        }
        // "relations between Russia and Turkmenistan": the parties of a relationship the event is
        // about, not whom it is aimed at
        if (prev === 'between' || (j <= betweenUntil && /^(and|,)$/.test(prev))) {
          betweenUntil = m.tokEnd + 1;
          j = m.tokEnd - 1;
          continue;
        }
        // "Putin reaffirmed its commitment" (its: Russia): the actor's own state is no target
        if (m.possessive && m.entities.every((e) => e.kind === 'State' && ev.source.some((s) => s.kind === 'Person' && s.country === e.country))) {
          j = m.tokEnd - 1;
          continue;
        }
        if (!topicDone && m.role === 'actor') topicDone = true;
        const ents = m.role === 'reference' ? resolvedOf(m, j) : m.entities;
        for (const e of ents) {
          if (ev.source.some((x) => x.id === e.id)) continue;
          if (isActorKind(e.kind)) {
            if (LOCATIVE.has(prev) && ev.relation !== 'VISITED' && ev.relation !== 'ATTACKED') continue;
            if (m.via === 'capital' && LOCATIVE.has(prev)) continue;
            ev.target.push(e);
          } else ev.about.push(e);
        }
        j = m.tokEnd - 1;
        continue;
      }
      if (!topicDone && t && !m) {
        const l = tokens[j].lower;
        if (l === 'to' && t.control) {
          controlTo = true;
          continue;
        }
        if (/^(on|about|regarding|over|concerning|for|of|upon|the|a|an|its|their|his|her|out|to|with|that|up|off|also|,)$/.test(l)) continue;
        const words: string[] = [];
        let k = j;
        while (k < to && words.length < 12) {
          const mk = mentionAt[k];
          if (mk && mk.role !== 'modifier') {
            const situation = mk.entities.some((e) => e.kind === 'State') && words.length >= 2 && SITUATION_PREP.test(words[words.length - 1]);
            if (!situation) break;
          }
          words.push(tokens[k].lower);
          k++;
        }
        const topic = words.length ? normaliseTopic(words, { verbPhrase: controlTo, stateName: s.stateName }) : undefined;
        // a topic is one of the vocabulary (the synonym table, the issue phrases, a situation in a
        // state); a free phrase is what the act is about, but no topic of positions
        if (topic && !topic.vocabulary) ev.object ||= tokens.slice(from, j).every((x) => x.pos === 'DET' || x.pos === 'PRON' || x.pos === 'ADV');
        else if (topic) {
          const e = Math.min(to, j + Math.max(1, topic.length ?? words.length));
          const a = tokens[j].start;
          const b = tokens[e - 1].end;
          ev.topic = { topic, start: a, end: b, text: s.text.slice(a, b) };
        }
        topicDone = true;
      }
    }
    ev.target = dedupe(ev.target);
    ev.about = dedupe(ev.about);
  }
}

/**
 * A leader acting on his own state is no event ("Putin supported Russia"): the state leaves the
 * targets, and an event left with no target and nothing it is about goes. A verb coded by the
 * CAMEO dictionary alone needs a target or a topic (PETRARCH codes only source-target events).
 */
function kept(ev: DraftEvent): boolean {
  const had = ev.target.length;
  const own = (e: EntityRef) => e.kind === 'State' && ev.source.some((s) => s.kind === 'Person' && s.country === e.country);
  ev.target = ev.target.filter((e) => !own(e));
  // "promised to democratize Serbia": a complement about one's own state is still a promise
  if (had && !ev.target.length && !ev.about.length && !ev.topic && !ev.control) return false;
  // an act needs whom or what it is about: an actor, an entity, a topic or an object ("Ukraine
  // will fight", "has failed" are none); the named act of a state ("the Russian invasion") and a promise with its complement
  // stand alone
  if (ev.target.length > 0 || ev.about.length > 0 || !!ev.topic || !!ev.nominal || !!ev.control) return true;
  // support and cooperation are for someone or something named: "noted the importance
  // of stepping up the work", "congratulated the staff of the magazine" are none
  return !!ev.object && !DIRECTED.includes(ev.relation);
}

function dedupe(xs: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

