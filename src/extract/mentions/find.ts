import { isGroupAgent, isStateAgent, namesOnePerson } from '../lexicon/agents';
import clauseWords from '../lexicon/data/clause.words.json';
import eventWords from '../lexicon/data/event.words.json';
import triggerWords from '../lexicon/data/trigger.words.json';
import words from '../lexicon/data/mention.words.json';
import { knowledge, type KnownEntity } from '../knowledge';
import { englishWord, nounLemma } from '../lexicon/lemma';
import { slug } from '../text/normalize';
import type { Token } from '../text/tokens';
import { isGivenName } from './gender';
import { entityRef, mentionOf, type EntityRef, type Mention } from './mention';
import {
  GROUP_HEADS,
  GROUP_NOUNS,
  ORG_HEADS,
  MEDIA_HEADS,
  PARTICIPANT_NOUNS,
  PRONOUNS_PLURAL,
  PRONOUNS_SINGULAR,
  RELATIVE_NOUNS,
  ROLE_TITLES,
  STATE_AGENT_NOUNS,
  TITLE_WORDS,
  COUNTRY_NOUNS,
  DOCUMENT_HEADS,
  NAME_PARTICLES,
  isCountryOwner,
} from './words';

/** What the mention finder carries from one sentence to the next. */
export interface MentionContext {
  /** article date, YYYY-MM-DD, for titles ("the Chancellor" in 2021 vs 2022) */
  date?: string;
  /** people named so far, most recent last */
  people: EntityRef[];
  /** ISO3 of states named so far, most recent last: "the Chancellor" after "Germany" */
  states?: string[];
  /** acronyms the article defined ("Government of National Accord (GNA)") and what they name */
  acronyms?: Map<string, EntityRef>;
  /** officials the article named with their title and body ("deputy head of the office of the president" -> Ihor Zhovkva) */
  officials?: Map<string, EntityRef>;
  /** ISO3 of the state the publisher speaks for: "the President" in a White House readout */
  home?: string;
  /** the surname as written of each person the article named in full ("Shavkat Mirziyoyev", a spelling of the dictionary's Shavkat Mirziyayev) */
  surnames?: Map<string, EntityRef>;
}

const TITLE_HEADS = new Set(words.titleHeads);
const NOT_NAME = new Set(words.notName);
// roles that name one person without a state ("the Chancellor"); "the President" alone needs the discourse
const UNIQUE_ENOUGH_ROLES = new Set(words.uniqueEnoughRoles);
const GENERIC_FORCES = new Set(words.genericForces);
const HEAD_OF_ROLE_BLOCKERS = new Set(words.headOfRoleBlockers);
const ROLE_PREDICATE_OPENERS = new Set(words.rolePredicateOpeners);
const TEMPORAL = new Set(clauseWords.temporal);
const LOCATIVE = new Set(eventWords.locative);
const ARTICLES = new Set(triggerWords.articles);
const NAMED_AFTER = new Set(words.namedAfter);
const EVENT_NAME_HEADS = new Set(words.eventNameHeads);
const GROUP_MODIFIERS = new Set(words.groupModifiers);
const GROUP_PLACE_PREPOSITIONS = new Set(words.groupPlacePrepositions);
const ORGANISATION_TITLE_OPENERS = new Set(words.organisationTitleOpeners);
const PARTICIPANTS_AFTER_THE = new Set(words.participantsAfterThe);

/** A name as written: words apart, an initial's dot kept on it ("John E. Smith"). */
function nameText(words: Token[]): string {
  return words.map((x) => x.text).join(' ').replace(/ \./g, '.');
}

function entityOf(k: KnownEntity, unknown = false): EntityRef {
  return unknown ? entityRef(k.id, k.name, k.kind, k.country, true) : k;
}

function span(tokens: Token[], a: number, b: number, text: string): { start: number; end: number; text: string } {
  const start = tokens[a].start;
  const end = tokens[b - 1].end;
  return { start, end, text: text.slice(start, end) };
}

function matchRole(tokens: Token[], i: number): { role: string; length: number } | undefined {
  for (const [words, role] of ROLE_TITLES) {
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (i + k >= tokens.length || tokens[i + k].lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { role, length: words.length };
  }
  return undefined;
}

function isNameToken(t: Token): boolean {
  return (t.upper || particleName(t)) && /^\p{L}/u.test(t.text) && !NOT_NAME.has(t.lower) && !TITLE_WORDS.has(t.lower) &&
    !ORG_HEADS.has(t.lower) && !GROUP_HEADS.has(t.lower) && !EVENT_NAME_HEADS.has(t.lower);
}

/** "al-Bashir", "el-Sisi": a name particle joined by a hyphen to a capitalised name (the tagger reads a noun). */
function particleName(t: Token): boolean {
  const h = t.text.indexOf('-');
  if (h < 1 || h > 4) return false;
  const c = t.text[h + 1] ?? '';
  return c !== c.toLowerCase() && NAME_PARTICLES.has(t.text.slice(0, h));
}

/**
 * Finds the mentions of one sentence: reference names (longest alias first), titles resolved by
 * date ("the Russian President"), demonym phrases ("Ukrainian militants", "Hungarian officials"),
 * unknown people after a title and unknown organisations by their head noun, and the pronouns and
 * "both leaders" references left for the discourse to resolve.
 */
export function findMentions(tokens: Token[], text: string, ctx: MentionContext, skipUntil = -1): Mention[] {
  return new MentionScan(tokens, text, ctx, skipUntil).scan();
}

/** One sentence being scanned for mentions; each kind of mention a method that returns where the scan goes on (-1: not here). */
class MentionScan {
  private readonly kb = knowledge();
  private readonly out: Mention[] = [];
  private readonly n: number;

  constructor(private readonly tokens: Token[], private readonly text: string, private readonly ctx: MentionContext, private readonly skipUntil: number) {
    this.n = tokens.length;
  }

  scan(): Mention[] {
    const { tokens, n } = this;
    let i = 0;
    while (i < n) {
      const t = tokens[i];
      if (t.end <= this.skipUntil) {
        i++;
        continue;
      }
      let next = this.referenceAt(i);
      if (next < 0 && t.upper) next = this.definedAcronymAt(i);
      if (next < 0 && t.upper) next = this.organisationAt(i);
      if (next < 0 && t.upper) next = this.peopleAt(i);
      // "demonstrators in Baghdad", "security forces in Guinea", "opposition groups in Zimbabwe"
      if (next < 0 && (!t.upper || i === 0)) next = this.genericGroup(i) || -1;
      if (next < 0) next = this.demonymAt(i);
      if (next < 0) next = this.nameAt(i);
      if (next < 0) next = this.titleAt(i);
      if (next < 0 && t.upper) next = this.givenNamePersonAt(i);
      if (next < 0 && t.upper) next = this.surnameAt(i);
      i = next < 0 ? i + 1 : next;
    }
    return this.officials(foldAffiliations(this.out, tokens, this.text)).map((m) => this.documentOwner(m));
  }

  /** "the UN Charter", "the United Nations Convention Against Torture": a body named before its document modifies it, it acts in no event. */
  private documentOwner(m: Mention): Mention {
    const next = this.tokens[m.tokEnd];
    const body = m.role === 'actor' && !m.possessive && m.entities.every((e) => e.kind === 'State' || e.kind === 'Organization');
    return body && next && DOCUMENT_HEADS.has(nounLemma(next.lower)) ? { ...m, role: 'modifier' } : m;
  }

  /**
   * "Deputy Head of the Office of the President Ihor Zhovkva ... The Deputy Head of the Office of
   * the President thanked": an official the article named with his title and body is meant where
   * the title and body come again without the name; the body alone is then no actor.
   */
  private officials(mentions: Mention[]): Mention[] {
    if (!mentions.some((m) => m.via === 'org')) return mentions;
    const officials = (this.ctx.officials ??= new Map<string, EntityRef>());
    return mentions.map((m, q) => {
      const start = m.via === 'org' ? this.titleBefore(m.tokStart) : -1;
      if (start < 0) return m;
      const key = this.officialKey(start, m.tokEnd);
      const next = mentions[q + 1];
      const named = next && next.tokStart === m.tokEnd && next.entities.length === 1 && next.entities[0].kind === 'Person' ? next.entities[0] : undefined;
      if (named) {
        officials.set(key, named);
        this.homeOfficial(named, m.entities[0]);
      }
      // (or the holder of that office the reference knows, when the article named him: "The Head
      // of the Office of the President" in a Ukrainian readout that named Yermak)
      const known = named ? undefined : officials.get(key) ?? this.homeHolder(key);
      if (!known) return m;
      this.ctx.people.push(known);
      return mentionOf({ entities: [known], tokStart: start, tokEnd: m.tokEnd, role: 'actor', via: 'title' }, span(this.tokens, start, m.tokEnd, this.text));
    });
  }

  /**
   * "Deputy Head of the Office of the President Ihor Zhovkva" in a Ukrainian readout: an official the
   * reference does not know serves the state of his body, and a body no dictionary knows or places
   * is one of the publisher's state (not the International Criminal Court's Chief Prosecutor).
   */
  private homeOfficial(person: EntityRef, body: EntityRef): void {
    if (!person.unknown || person.country !== undefined) return;
    person.country = body.country ?? (body.unknown ? this.ctx.home : undefined);
  }

  /** The title and body from..to as a key, without the state after the body ("... of the President of Ukraine"). */
  private officialKey(from: number, to: number): string {
    const { tokens, kb } = this;
    let end = to;
    for (let k = from + 1; k < to; k++) if (tokens[k - 1].lower === 'of' && kb.match(tokens, k)?.entity.kind === 'State') { end = k - 1; break; }
    return tokens.slice(from, end).map((t) => t.lower).join(' ');
  }

  /** Where a title ("Deputy Head of", "the Adviser to the Head of") before the body at k starts, or -1. */
  private titleBefore(k: number): number {
    const { tokens } = this;
    let j = this.beforeArticle(k);
    if (tokens[j]?.lower !== 'of') return -1;
    let start = -1;
    for (j--; j >= 0 && tokens[j].upper && TITLE_WORDS.has(tokens[j].lower); j--) start = j;
    return start;
  }

  // pronouns and "both leaders" / "the two presidents"
  private referenceAt(i: number): number {
    const { tokens, n } = this;
    const lower = tokens[i].lower;
    // "his country", "their country": the state of whoever the pronoun stands for
    if (isCountryOwner(lower) && i + 1 < n && COUNTRY_NOUNS.has(tokens[i + 1].lower)) {
      this.push({ entities: [], tokStart: i, tokEnd: i + 2, role: 'reference', via: 'pronoun', ref: `${lower} ${tokens[i + 1].lower}`, possessive: false });
      return i + 2;
    }
    if (PRONOUNS_SINGULAR.has(lower) || PRONOUNS_PLURAL.has(lower) || lower === 'it' || lower === 'its') {
      this.push({
        entities: [], tokStart: i, tokEnd: i + 1, role: 'reference', via: 'pronoun', ref: lower,
        possessive: lower === 'his' || lower === 'their' || lower === 'its' || (lower === 'her' && i + 1 < n && /^\p{L}/u.test(tokens[i + 1].text) && !tokens[i + 1].upper),
      });
      return i + 1;
    }
    if ((lower === 'both' || lower === 'two' || lower === 'the') && i + 1 < n) {
      let j = i + 1;
      if (lower === 'the' && tokens[j].lower === 'two') j++;
      // (not "the leaders of the European Union", whose "of" names whose leaders they are; "the
      // leaders of the two countries", "heads of state" are the sides)
      if (j < n && /s$/.test(tokens[j].lower) && PARTICIPANT_NOUNS.has(nounLemma(tokens[j].lower)) && !this.ofName(j + 1) &&
          (lower !== 'the' || j > i + 1 || PARTICIPANTS_AFTER_THE.has(tokens[j].lower))) {
        this.push({ entities: [], tokStart: i, tokEnd: j + 1, role: 'reference', via: 'participants', ref: tokens[j].lower });
        return j + 1;
      }
    }
    return -1;
  }

  // an upper-case run headed by an organisation or group noun that the reference does not know
  private organisationAt(i: number): number {
    const { tokens, out } = this;
    const org = unknownOrganisation(tokens, i);
    if (!org) return -1;
    // "the U.S. Department of Justice": a state named right before the body is whose it is
    const prev = out[out.length - 1];
    const owner = prev?.tokEnd === org.from && prev.role === 'actor' && !prev.possessive && prev.entities.length === 1 && prev.entities[0].kind === 'State' &&
      tokens.slice(prev.tokStart, prev.tokEnd).every((t) => t.upper || t.lower === 'the');
    if (owner) out.pop();
    const from = owner ? prev.tokStart + (tokens[prev.tokStart].lower === 'the' ? 1 : 0) : org.from;
    const name = span(tokens, from, org.to, this.text).text;
    const kind = org.group ? 'Group' : 'Organization';
    const entity = entityRef(`${org.group ? 'group' : 'org'}:${slug(name)}`, name, kind, countryIn(tokens, from, org.to), true);
    this.push({ entities: [entity], tokStart: from, tokEnd: org.to, role: 'actor', via: 'org' });
    return org.to;
  }

  /**
   * "Government of National Accord (GNA)": a capitalised run with a body's head word that a
   * parenthesised acronym of its initials follows names an organisation (a group, with a group
   * head word), and the acronym names it for the rest of the article ("GNA forces"); or an
   * acronym defined so before.
   */
  private definedAcronymAt(i: number): number {
    const { tokens, n, kb, ctx } = this;
    const defined = /^[A-Z]{2,6}$/.test(tokens[i].text) ? ctx.acronyms?.get(tokens[i].text) : undefined;
    if (defined) {
      this.push({ entities: [defined], tokStart: i, tokEnd: i + 1, role: 'actor', via: 'org' });
      return i + 1;
    }
    const from = tokens[i].lower === 'the' ? i + 1 : i;
    let j = from;
    while (j < n && j - from < 10 && tokens[j].text !== '(' && (tokens[j].upper || (j > from && CONNECTORS.has(tokens[j].lower)))) j++;
    const acronym = tokens[j + 1]?.text ?? '';
    if (j === from || tokens[j]?.text !== '(' || tokens[j + 2]?.text !== ')' || !/^[A-Z]{2,6}$/.test(acronym)) return -1;
    const words = tokens.slice(from, j).filter((t) => t.upper);
    if (words.map((t) => t.text[0]).join('') !== acronym) return -1;
    // a body, not a plan or a system ("Global Action Plan (GAP)")
    if (!words.some((t) => ORG_HEADS.has(t.lower) || GROUP_HEADS.has(t.lower) || STATE_AGENT_NOUNS.has(t.lower))) return -1;
    const known = kb.match(tokens, from);
    if (known && known.length >= j - from) return -1;
    const name = span(tokens, from, j, this.text).text;
    const group = words.some((t) => GROUP_HEADS.has(t.lower));
    const entity = entityRef(`${group ? 'group' : 'org'}:${slug(name)}`, name, group ? 'Group' : 'Organization', countryIn(tokens, from, j), true);
    (ctx.acronyms ??= new Map()).set(acronym, entity);
    this.push({ entities: [entity], tokStart: from, tokEnd: j + 3, role: 'actor', via: 'org' });
    return j + 3;
  }

  // "Palestinians", "Israelis": a people named by its plural demonym; "Turks", "Danes": by the
  // plural of a nationality noun
  private peopleAt(i: number): number {
    const { tokens, n, kb } = this;
    const t = tokens[i];
    const lower = t.lower;
    if (!(lower.endsWith('s') && !kb.match(tokens, i) && !kb.demonym(lower))) return -1;
    const st = kb.demonym(lower.slice(0, -1)) ?? kb.national(lower.slice(0, -1));
    if (!(st && (i + 1 >= n || !tokens[i + 1].upper))) return -1;
    const group = entityRef(`group:${slug(t.text)}`, t.text, 'Group', st.country, true);
    this.push({ entities: [group], tokStart: i, tokEnd: i + 1, role: 'actor', via: 'group' });
    return i + 1;
  }

  // demonyms: titles, groups, state agents, or plain modifiers
  private demonymAt(i: number): number {
    const { tokens, n, kb } = this;
    const t = tokens[i];
    const dem = t.upper ? kb.demonym(t.lower) : undefined;
    if (!(dem && (kb.match(tokens, i)?.length ?? 0) <= 1)) return -1;
    const dems: [number, KnownEntity][] = [[i, dem]];
    let j = i + 1;
    // "Japanese and Australian armies", "the Japanese and the Australian armies"
    while (j + 1 < n && (tokens[j].lower === 'and' || tokens[j].text === ',')) {
      const a = tokens[j + 1].lower === 'the' ? 1 : 0;
      const d = j + 1 + a < n && tokens[j + 1 + a].upper ? kb.demonym(tokens[j + 1 + a].lower) : undefined;
      if (!d) break;
      dems.push([j + 1 + a, d]);
      j += 2 + a;
    }
    let k = j;
    while (k < n && k < j + 2 && TITLE_WORDS.has(tokens[k].lower) && !matchRole(tokens, k) && !TITLE_HEADS.has(tokens[k].lower)) k++;
    const role = k < n ? matchRole(tokens, k) : undefined;
    if (role && dems.length === 1) return this.resolveTitle(i, k, role, dem);
    if (k < n && TITLE_HEADS.has(tokens[k].lower) && dems.length === 1) {
      const end = this.titledPerson(k, dem, i);
      if (end > 0) return end;
    }
    return this.demonymPhrase(dems, j);
  }

  // "Ukrainian militants" (a group), "Hungarian officials" (the state), or "Russian demands" (a modifier)
  private demonymPhrase(dems: [number, KnownEntity][], j: number): number {
    const { tokens, n, kb } = this;
    const head = j < n ? nounLemma(tokens[j].lower) : '';
    const head2 = j + 1 < n ? nounLemma(tokens[j + 1].lower) : '';
    const capitalPlural = j < n && tokens[j].upper && /[a-z]s$/.test(tokens[j].text) && !kb.match(tokens, j) && !STATE_AGENT_NOUNS.has(head) && !isStateAgent(head);
    const group = (w: string) => GROUP_NOUNS.has(w) || isGroupAgent(w);
    if (j < n && (group(head) || capitalPlural || (!tokens[j].upper && group(head2) && /^[a-z-]+$/.test(tokens[j].text)))) {
      const end = group(head) || capitalPlural ? j + 1 : j + 2;
      for (const [at, st] of dems) {
        const name = `${tokens[at].text} ${tokens.slice(j, end).map((x) => x.text).join(' ')}`;
        const group = entityRef(`group:${slug(name)}`, name, 'Group', st.country, true);
        const last = at === dems[dems.length - 1][0];
        this.push({ entities: [group], tokStart: at, tokEnd: last ? end : at + 1, role: 'actor', via: 'group' });
      }
      return end;
    }
    if (j < n && (STATE_AGENT_NOUNS.has(head) || STATE_AGENT_NOUNS.has(tokens[j].lower) || isStateAgent(head))) {
      for (const [at, st] of dems) {
        const last = at === dems[dems.length - 1][0];
        this.push({ entities: [st], tokStart: at, tokEnd: last ? j + 1 : at + 1, role: 'actor', via: 'state-agent' });
      }
      return j + 1;
    }
    for (const [at, st] of dems) this.push({ entities: [st], tokStart: at, tokEnd: at + 1, role: 'modifier', via: 'demonym' });
    return j;
  }

  // reference names, with "<State>'s <title>" read as the title's holder
  private nameAt(i: number): number {
    const { tokens, n, kb } = this;
    const lower = tokens[i].lower;
    const hit = kb.match(tokens, i);
    if (!hit) return -1;
    const after = i + hit.length;
    if (hit.entity.kind === 'State' && after + 1 < n && tokens[after].lower === "'s") {
      const role = matchRole(tokens, after + 1);
      if (role && !HEAD_OF_ROLE_BLOCKERS.has(tokens[after + 1].lower)) return this.resolveTitle(i, after + 1, role, hit.entity);
    }
    // "Jill Biden", "Emine Erdogan": a surname after another person's first name is that person;
    // after an article, a thing's name ("the White Moon", the Buddhist new year): no person at all
    // (a common word before it is no first name unless the name lists give it: "Head of
    // Presidential Administration Yermak" is Yermak; "Hunter Biden", "Jill Biden" are others)
    const prev = tokens[i - 1];
    if (this.otherFirstName(i, hit) && (ARTICLES.has(tokens[i - 2]?.lower ?? '') || !englishWord(prev.lower) || isGivenName(prev.text))) {
      if (ARTICLES.has(tokens[i - 2]?.lower ?? '')) return after;
      const name = tokens.slice(i - 1, after).map((x) => x.text).join(' ');
      this.push({ entities: [entityRef(`person:${slug(name)}`, name, 'Person', undefined, true)], tokStart: i - 1, tokEnd: after, role: 'actor', via: 'person' });
      return after;
    }
    // "Kharkiv police", "an Istanbul court": a place's state-side body acts for the place's state
    const placeAgent = hit.entity.kind === 'Place' && hit.entity.country ? this.placeStateAgent(i, after, hit.entity.country) : 0;
    if (placeAgent) return placeAgent;
    const capital = hit.length === 1 && hit.entity.kind === 'State' && kb.capital(lower)?.id === hit.entity.id &&
      lower !== foldName(hit.entity.name);
    if (capital && this.opensLongerName(after)) return after;
    this.push({ entities: [entityOf(hit.entity)], tokStart: i, tokEnd: after, role: 'actor', via: capital ? 'capital' : 'name' });
    return after;
  }

  /** The end of a name no dictionary knows from q, with a known surname after another first name ("Kyrylo Tymoshenko"). */
  private unknownNameEnd(q: number, nameWord: (k: number) => boolean): number {
    const e = this.nameRun(q, nameWord);
    const surname = e > q && e < this.n ? this.kb.match(this.tokens, e) : undefined;
    return surname && this.firstNameDiffers(e, surname) ? e + surname.length : e;
  }

  /**
   * The end of the run of name words from q (at most four, each one `nameWord` accepts), with the
   * particles inside a name ("Mohammed bin Zayed Al Nahyan", "Ursula von der Leyen"); q when none.
   */
  private nameRun(q: number, nameWord: (k: number) => boolean, max = 4): number {
    const { tokens, n } = this;
    let e = q;
    for (let words = 0; words < max; words++) {
      let k = e;
      while (words > 0 && k < n && k - e < 2 && NAME_PARTICLES.has(tokens[k].text)) k++;
      // a middle initial: "John E. Smith"
      if (words > 0 && k + 2 < n && /^[A-Z]$/.test(tokens[k].text) && tokens[k + 1].text === '.' && nameWord(k + 2)) k += 2;
      if (k >= n || !nameWord(k)) break;
      e = k + 1;
    }
    return e;
  }

  /**
   * "Oleh Ustenko ... According to Ustenko": a lone capitalised surname of someone the article
   * named in full before, whom the reference does not know, is that person (a word of a longer name,
   * "the Ustenko Foundation", is not).
   */
  private surnameAt(i: number): number {
    const { tokens } = this;
    const t = tokens[i];
    const joined = (k: number) => tokens[k]?.upper && isNameToken(tokens[k]);
    if (t.pos !== 'PROPN' || !isNameToken(t) || joined(i - 1) || joined(i + 1) || tokens[i - 1]?.lower === 'the') return -1;
    const named = this.namedInFull(t.text);
    if (!named) return -1;
    this.push({ entities: [named], tokStart: i, tokEnd: i + 1, role: 'actor', via: 'person' });
    return i + 1;
  }

  /** The latest person the article named in full, whom the reference does not know, whose name ends with `surname` ("Tatyana Golikova" for "Golikova"). */
  private namedInFull(surname: string): EntityRef | undefined {
    const people = this.ctx.people;
    const tail = ` ${foldName(surname)}`;
    for (let k = people.length - 1; k >= 0; k--) if (people[k].unknown && foldName(people[k].name).endsWith(tail)) return people[k];
    // (or a dictionary person whose surname the article spelt so: "President Mirziyoyev" after "Shavkat Mirziyoyev")
    return this.ctx.surnames?.get(foldName(surname));
  }

  // "Andriy Smyrnov noted": a given name of the name lists and one to three more name words (with
  // particles), tagged proper nouns, that no dictionary knows: a person of his own (no country)
  private givenNamePersonAt(i: number): number {
    const { tokens, kb } = this;
    // not a place ("in San Francisco") or a thing named after someone ("the Igor Moiseyev Ensemble",
    // "Putin's Price Hike": a possessor stands where an article would; "St George Hall")
    const before = tokens[i - 1]?.lower ?? '';
    if (LOCATIVE.has(before) || ARTICLES.has(before) || before === "'s" || NAMED_AFTER.has(before)) return -1;
    if (tokens[i].pos !== 'PROPN' || !isNameToken(tokens[i]) || !isGivenName(tokens[i].text)) return -1;
    const e = this.nameRun(i, (k) => (tokens[k].pos === 'PROPN' || particleName(tokens[k])) && isNameToken(tokens[k]) && !kb.match(tokens, k) && !kb.demonym(tokens[k].lower));
    // (not the opening of a body's or an event's name: "the Winter Olympic Games"; nor a media
    // outlet's name: "Fox News")
    const head = tokens[e]?.lower ?? '';
    if (e <= i + 1 || EVENT_NAME_HEADS.has(head) || ORG_HEADS.has(head) || MEDIA_HEADS.has(tokens[e - 1].lower)) return -1;
    const name = nameText(tokens.slice(i, e));
    // (the person the article named so before, with the country it learnt for him then)
    const id = `person:${slug(name)}`;
    const named = this.ctx.people.find((p) => p.unknown && p.id === id);
    this.push({ entities: [named ?? entityRef(id, name, 'Person', undefined, true)], tokStart: i, tokEnd: e, role: 'actor', via: 'person' });
    return e;
  }

  /** Does "of" (and "the") at k open a name ("of the European Union")? */
  private ofName(k: number): boolean {
    const { tokens } = this;
    if (tokens[k]?.lower !== 'of') return false;
    const next = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
    return !!next && next.upper;
  }

  // a relative's noun and "of" (and "the") right before the title at k
  private relativeOfTitle(k: number): boolean {
    const of = this.beforeArticle(k);
    return this.tokens[of]?.lower === 'of' && RELATIVE_NOUNS.has(this.tokens[of - 1]?.lower ?? '');
  }

  /**
   * "Adviser to the President of Ukraine", "State Secretary for Foreign Affairs to the Prime
   * Minister of Sweden": the office a title at k serves is part of another's title, its holder no actor.
   */
  private servedTitle(k: number): boolean {
    const to = this.beforeArticle(k);
    if (this.tokens[to]?.lower !== 'to') return false;
    for (let j = to - 1; j >= 0 && j >= to - 6; j--) {
      const t = this.tokens[j];
      if (TITLE_WORDS.has(t.lower)) return true;
      if (t.pos === 'VERB' || t.pos === 'AUX' || /^[,;:]$/.test(t.lower)) return false;
    }
    return false;
  }

  private beforeArticle(k: number): number {
    return beforeArticle(this.tokens, k);
  }

  // "the Paris Agreement", "The Washington Post", "the Paris Club": a capital followed by a
  // capitalised word (no verb: "Moscow Says") that is no name of its own (an agreement's name
  // is one it may open: "the Minsk Package of Measures") and no time word opens a longer name,
  // not the state
  private opensLongerName(at: number): boolean {
    const t = this.tokens[at];
    const named = this.kb.match(this.tokens, at)?.entity.kind;
    return !!t && t.upper && !/^(VERB|AUX|ADP|CCONJ|PRON|PUNCT)$/.test(t.pos ?? '') && /^\p{L}/u.test(t.text) && !TEMPORAL.has(t.lower) &&
      (!named || named === 'Agreement') && !this.kb.demonym(t.lower);
  }

  // a known person matched by the surname alone after a first name (tagged a proper noun) that
  // begins like none of the words of the person's names: another person of that name
  private otherFirstName(at: number, hit: { entity: KnownEntity; length: number }): boolean {
    const prev = this.tokens[at - 1];
    if (at === 0 || prev.pos !== 'PROPN' || !isNameToken(prev) || this.out.some((m) => m.tokEnd === at)) return false;
    return this.firstNameDiffers(at, hit);
  }

  // a known person matched at `at` by the surname alone (one word: not "Climate John Kerry"), the
  // word before beginning like none of the person's names
  private firstNameDiffers(at: number, hit: { entity: KnownEntity; length: number }): boolean {
    const e = hit.entity;
    if (e.kind !== 'Person' || hit.length !== 1) return false;
    const prev = this.tokens[at - 1];
    // (a person of the Phoenix dictionaries, not of the reference, by the name it gives, when
    // matched by the surname alone: "Kyrylo Tymoshenko", not "Speaker of the House Nancy Pelosi")
    const p = this.kb.person(e.id);
    if (!p && foldName(this.tokens[at].text) !== foldName(e.name).split(/\s+/).pop()) return false;
    const names = p ? [p.name, ...p.aliases] : [e.name];
    const words = names.flatMap((a) => foldName(a).split(/\s+/));
    if (words.length && foldName(this.tokens[at].text) === foldName(names[0])) return false;
    const head = foldName(prev.text).slice(0, 2);
    return !words.some((w) => w.startsWith(head));
  }

  // titles without a demonym: "President Emmanuel Macron", "President of the French Republic", "the Chancellor"
  private titleAt(i: number): number {
    const { tokens, n } = this;
    const t = tokens[i];
    const nameFollows = i + 1 < n && isNameToken(tokens[i + 1]);
    if (!((t.upper || nameFollows) && !(i > 0 && HEAD_OF_ROLE_BLOCKERS.has(tokens[i - 1].lower) && !nameFollows))) return -1;
    const role = matchRole(tokens, i);
    if (role) return this.resolveTitle(i, i, role, undefined);
    if (!TITLE_WORDS.has(t.lower)) return -1;
    let k = i;
    while (k < n && k < i + 5 && TITLE_WORDS.has(tokens[k].lower) && (tokens[k].upper || tokens[k].lower === 'of' || tokens[k].lower === 'and')) k++;
    if (k > i && TITLE_HEADS.has(tokens[k - 1].lower)) {
      const end = this.titledPerson(k - 1, undefined, i);
      if (end > 0) return end;
    }
    return -1;
  }

  private push(m: Omit<Mention, 'start' | 'end' | 'text'>): void {
    const { tokens, ctx, text } = this;
    this.out.push(mentionOf(m, span(tokens, m.tokStart, m.tokEnd, text)));
    // (a person named in full: his surname as the text spells it)
    const last = tokens[m.tokEnd - 1];
    if (m.entities.length === 1 && m.entities[0].kind === 'Person' && m.tokEnd - m.tokStart > 1 && isNameToken(last)) (ctx.surnames ??= new Map()).set(foldName(last.text), m.entities[0]);
    for (const e of m.entities) {
      if (e.kind === 'Person') ctx.people.push(e);
      else if (e.kind === 'State' && e.country) (ctx.states ??= []).push(e.country);
    }
  }

  // The person a title names: a following name, "of <State>", or the holder at the article date.
  private resolveTitle(titleStart: number, roleAt: number, role: { role: string; length: number }, state: KnownEntity | undefined): number {
    const { tokens, n, kb, ctx } = this;
    let p = roleAt + role.length;
    const blocked = roleAt > 0 && HEAD_OF_ROLE_BLOCKERS.has(tokens[roleAt - 1].lower);
    // "President of the French Republic", "President of Russia"
    if (!state && p < n && tokens[p].lower === 'of') {
      let q = p + 1;
      if (q < n && tokens[q].lower === 'the') q++;
      const hit = q < n ? kb.match(tokens, q) : undefined;
      if (hit && hit.entity.kind === 'State') {
        state = hit.entity;
        p = q + hit.length;
      }
    }
    // a name right after the title ("President Emmanuel Macron", "French President, Emmanuel Macron")
    let q = p;
    if (q < n && tokens[q].text === ',') q++;
    const hit = q < n ? kb.match(tokens, q) : undefined;
    if (hit && hit.entity.kind === 'Person') {
      this.push({ entities: [hit.entity], tokStart: titleStart, tokEnd: q + hit.length, role: 'actor', via: 'title' });
      return q + hit.length;
    }
    if (q === p && q < n && isNameToken(tokens[q])) {
      const e = this.unknownNameEnd(q, (k) => isNameToken(tokens[k]) && !kb.match(tokens, k));
      if (e > q) {
        const name = tokens.slice(q, e).map((t) => t.text).join(' ');
        // ("President Mirziyoyev" after "President ... Shavkat Mirziyoyev": the person named in full before)
        const person = this.namedInFull(name) ?? entityRef(`person:${slug(name)}`, name, 'Person', state?.country, true);
        this.push({ entities: [person], tokStart: titleStart, tokEnd: e, role: 'actor', via: 'person' });
        return e;
      }
    }
    // "on being elected President of the Republic of Korea", "as Federal Chancellor": an office taken
    // ("was the President of Ukraine"; but "as the President said" is the holder speaking)
    const opener = tokens[this.beforeArticle(titleStart)]?.lower ?? '';
    if (ROLE_PREDICATE_OPENERS.has(opener) && !(opener === 'as' && tokens[titleStart - 1]?.lower === 'the')) return p;
    // "the wife of the President of Ukraine": the holder's relative, whom the title does not name
    if (this.relativeOfTitle(titleStart) || this.servedTitle(titleStart)) return p;
    const ofSomething = !state && p < n && tokens[p].lower === 'of';
    if (!blocked && !ofSomething) {
      let holder: EntityRef | undefined;
      if (state) holder = kb.officeHolder(role.role, state.country, ctx.date);
      else if (tokens[roleAt].upper) {
        holder = this.homeHolder(role.role) ?? this.recentHolder(role.role) ??
          (UNIQUE_ENOUGH_ROLES.has(role.role) ? kb.officeHolder(role.role, undefined, ctx.date) ?? this.recentStateHolder(role.role) : undefined);
      }
      if (holder) {
        this.push({ entities: [holder], tokStart: titleStart, tokEnd: p, role: 'actor', via: 'title' });
        return p;
      }
    }
    if (state) {
      this.push({ entities: [state], tokStart: titleStart, tokEnd: p, role: 'actor', via: 'state-agent' });
      return p;
    }
    return roleAt + 1;
  }

  // the holder of the role in a state the article named lately ("Germany ... the Chancellor")
  private recentStateHolder(role: string): EntityRef | undefined {
    const { kb, ctx } = this;
    const states = ctx.states ?? [];
    for (let k = states.length - 1; k >= 0 && k >= states.length - 8; k--) {
      const h = kb.officeHolder(role, states[k], ctx.date);
      if (h) return h;
    }
    return undefined;
  }

  // "the President" in a White House text that named Biden (and Putin before him): the holder of
  // the role in the publisher's state, once the article has named him; its head of state even
  // before ("The President today, in his remarks, spoke" in a briefing that named only Putin)
  private homeHolder(role: string): EntityRef | undefined {
    const { kb, ctx } = this;
    const holder = ctx.home ? kb.officeHolder(role, ctx.home, ctx.date) : undefined;
    if (!holder) return undefined;
    // (only for a dated text: without a date titles stay unresolved, as `extract --help` says)
    const head = !!ctx.date && kb.person(holder.id)?.offices.some((o) => o.kind === 'head_of_state' && o.role.toLowerCase() === role.toLowerCase() && inTerm(o.from, o.to, ctx.date));
    return head || ctx.people.some((p) => p.id === holder.id) ? holder : undefined;
  }

  // "the President" without a name: the article's first holder of the role named so far (a
  // readout's own head of state), not the last one named ("Putin's attack" in a White House text)
  private recentHolder(role: string): EntityRef | undefined {
    const { kb, ctx } = this;
    for (let k = 0; k < ctx.people.length; k++) {
      const rp = kb.person(ctx.people[k].id);
      if (rp && rp.offices.some((o) => o.role.toLowerCase() === role.toLowerCase() && inTerm(o.from, o.to, ctx.date))) {
        return ctx.people[k];
      }
    }
    return undefined;
  }

  // a plural group noun as an actor, with the state of a following "in/of/from <State>"; a state
  // body before "in/of/from <State or a place of it>" as that state
  private genericGroup(at: number): number {
    const { tokens } = this;
    const t = tokens[at];
    // only a place preposition after the noun makes it a placed body or group
    const placed = at + 2 < tokens.length && GROUP_PLACE_PREPOSITIONS.has(tokens[at + 1].lower);
    const plural = /^[a-z][a-z-]*s$/i.test(t.text);
    if (!placed && !plural) return 0;
    const lemma = plural ? nounLemma(t.lower) : t.lower;
    // "the police in the Gaza Strip", "a court in Istanbul": a body of the state where it sits
    if (placed && isStateAgent(lemma) && !GENERIC_FORCES.has(t.lower)) return this.placedStateAgent(at);
    if (!plural) return 0;
    if (!GROUP_NOUNS.has(lemma) && !GENERIC_FORCES.has(t.lower)) return 0;
    let from = at;
    if (at > 0 && GROUP_MODIFIERS.has(tokens[at - 1].lower) && !tokens[at - 1].upper) from = at - 1;
    if (at > 0 && tokens[at - 1].upper && at - 1 !== 0) return 0;
    const place = this.placeAfter(at + 1);
    const country = place?.country;
    const name = tokens.slice(from, at + 1).map((x) => x.lower).join(' ');
    const id = `group:${slug(name)}${country ? `-${country.toLowerCase()}` : ''}`;
    const group = entityRef(id, country ? `${name} (${country})` : name, 'Group', country, true);
    // the place is part of the group's name ("demonstrators in Baghdad"), not an actor beside it
    const end = place?.whole ? place.end : at + 1;
    this.push({ entities: [group], tokStart: from, tokEnd: end, role: 'actor', via: 'group' });
    return end;
  }

  /** "in|of|from [the] <state or place>" at k: its country, where it ends, and whether it names a state or place (not a person). */
  private placeAfter(k: number): { country: string | undefined; end: number; whole: boolean } | undefined {
    const { tokens, n, kb } = this;
    if (!(k + 1 < n && GROUP_PLACE_PREPOSITIONS.has(tokens[k].lower))) return undefined;
    const direct = kb.match(tokens, k + 1);
    const at = direct || tokens[k + 1].lower !== 'the' ? k + 1 : k + 2;
    const hit = direct ?? (at < n ? kb.match(tokens, at) : undefined);
    if (!hit || !(hit.entity.kind === 'State' || hit.entity.country)) return undefined;
    return { country: hit.entity.country, end: at + hit.length, whole: hit.entity.kind === 'State' || hit.entity.kind === 'Place' };
  }

  /** A place at i..after followed by a state-side body ("Kharkiv police", "an Istanbul court"): that state's mention, its end; else 0. */
  private placeStateAgent(i: number, after: number, country: string): number {
    const { tokens, n, kb } = this;
    if (after >= n) return 0;
    const head = nounLemma(tokens[after].lower);
    // a body of the Phoenix agents (police, court, prosecutors), not one person ("Sevastopol Governor")
    if (!isStateAgent(head) || namesOnePerson(head)) return 0;
    const state = kb.byId(`state:${country}`);
    if (!state) return 0;
    this.push({ entities: [state], tokStart: i, tokEnd: after + 1, role: 'actor', via: 'state-agent' });
    return after + 1;
  }

  /** A state-side body followed by the state or a place of it ("police in Moscow"): that state. */
  private placedStateAgent(at: number): number {
    const { tokens, kb } = this;
    const place = this.placeAfter(at + 1);
    if (!place?.whole || !place.country) return 0;
    const state = kb.byId(`state:${place.country}`);
    if (!state) return 0;
    const from = at > 0 && /^(the|a|an)$/.test(tokens[at - 1].lower) ? at - 1 : at;
    this.push({ entities: [state], tokStart: from, tokEnd: place.end, role: 'actor', via: 'state-agent' });
    return place.end;
  }

  // "<title> <Name>": a known person, else an unknown one; returns the end token or 0
  private titledPerson(headAt: number, state: KnownEntity | undefined, titleStart = headAt): number {
    const { tokens, n, kb, ctx } = this;
    let q = headAt + 1;
    const hitP = q < n ? kb.match(tokens, q) : undefined;
    if (hitP && hitP.entity.kind === 'Person') {
      this.push({ entities: [hitP.entity], tokStart: titleStart, tokEnd: q + hitP.length, role: 'actor', via: 'title' });
      return q + hitP.length;
    }
    const e = this.unknownNameEnd(q, (k) => isNameToken(tokens[k]) && !kb.match(tokens, k) && !kb.demonym(tokens[k].lower));
    if (e === q) return 0;
    const name = nameText(tokens.slice(q, e));
    // "Deputy Prime Minister Golikova" after "Tatyana Golikova": the person named in full before
    const named = this.namedInFull(name);
    if (named) {
      this.push({ entities: [named], tokStart: titleStart, tokEnd: e, role: 'actor', via: 'person' });
      return e;
    }
    const person = entityRef(`person:${slug(name)}`, name, 'Person', state?.country, true);
    this.push({ entities: [person], tokStart: titleStart, tokEnd: e, role: 'actor', via: 'person' });
    q = e;
    return q;
  }
}

/**
 * "President Volodymyr Zelenskyy of Ukraine", "Secretary General Jens Stoltenberg of NATO": the
 * state or organisation after "of" is the person's affiliation, not another party to the event. The
 * person's mention takes it in (and an unknown person the state's country); a state that is not
 * the person's own stays a mention of its own.
 */
export function foldAffiliations(mentions: Mention[], tokens: Token[], text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const person = prev?.role === 'actor' && prev.entities.length === 1 && prev.entities[0].kind === 'Person' ? prev.entities[0] : undefined;
    const body = m.role === 'actor' && m.entities.length === 1 && ['State', 'Organization'].includes(m.entities[0].kind) ? m.entities[0] : undefined;
    const state = body?.kind === 'State' ? body : undefined;
    const gap = person && body ? m.tokStart - prev!.tokEnd : -1;
    const joined = gap === 1 ? tokens[prev!.tokEnd].lower === 'of' : gap === 2 && tokens[prev!.tokEnd].lower === 'of' && tokens[prev!.tokEnd + 1].lower === 'the';
    const own = state === undefined || person?.country === undefined || person.country === state.country;
    if (person && body && joined && own && !m.possessive) {
      if (state && person.country === undefined) person.country = state.country;
      out[out.length - 1] = mentionOf({ ...prev!, tokEnd: m.tokEnd }, span(tokens, prev!.tokStart, m.tokEnd, text));
      continue;
    }
    if (titledBefore(prev, m, tokens)) {
      // "First Lady of Ukraine Olena Zelenska": the state of a title before a person the reference
      // does not know is the person's own, no actor of its own
      m.entities[0].country = prev!.entities[0].country;
      out[out.length - 1] = mentionOf({ ...m, tokStart: prev!.tokStart }, span(tokens, prev!.tokStart, m.tokEnd, text));
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Is m an unknown person with no country named right after "<Title> of (the) <State>", the state being prev? */
function titledBefore(prev: Mention | undefined, m: Mention, tokens: Token[]): boolean {
  const person = m.role === 'actor' && m.entities.length === 1 && m.entities[0].kind === 'Person' && m.entities[0].unknown && m.entities[0].country === undefined;
  if (!person || !prev || prev.tokEnd !== m.tokStart || prev.role !== 'actor' || prev.possessive) return false;
  if (prev.entities.length !== 1 || prev.entities[0].kind !== 'State') return false;
  const of = beforeArticle(tokens, prev.tokStart);
  const title = tokens[of - 1];
  return tokens[of]?.lower === 'of' && !!title && title.upper && TITLE_WORDS.has(title.lower);
}

/** The token before k, past an article ("the wife of the President": "of" for "President"). */
function beforeArticle(tokens: Token[], k: number): number {
  return tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
}

function foldName(name: string): string {
  return name.toLowerCase();
}

function inTerm(from: string, to: string | undefined, date: string | undefined): boolean {
  if (!date) return !to;
  return from <= date && (!to || date <= to);
}

const CONNECTORS = new Set(words.organisationConnectors);

/**
 * Where an organisation's name ends: at its head, or at the end of "of ..." tails after it ("Office
 * of the President of Ukraine"). A capitalised word straight after the head or a tail starts a new
 * name, a title or a person ("Federal Security Service Director Alexander Bortnikov"); a known
 * state or organisation ends a tail ("... of Ukraine Ihor Zhovkva").
 */
export function organisationEnd(tokens: Token[], head: number, last: number): number {
  const kb = knowledge();
  let to = head + 1;
  while (to <= last && CONNECTORS.has(tokens[to].lower) && tokens[to].lower !== 'the') {
    let k = to + 1;
    if (k <= last && tokens[k].lower === 'the') k++;
    const runStart = k;
    while (k <= last && tokens[k].upper) {
      const known = kb.match(tokens, k);
      if (known && (known.entity.kind === 'State' || known.entity.kind === 'Organization')) {
        k += known.length;
        break;
      }
      // "... of the President Ihor Zhovkva": a given name and a surname after the tail are a person
      if (k > runStart && isGivenName(tokens[k].text) && k + 1 <= last && tokens[k + 1].upper && tokens[k + 1].pos === 'PROPN') break;
      k++;
    }
    if (k === runStart) break;
    // "the Czech Parliament on Russian aggression": a demonym before a common word opens a phrase
    // of its own, no part of the name
    if (kb.demonym(tokens[k - 1].lower) && tokens[k] && !tokens[k].upper && /^(NOUN|ADJ)$/.test(tokens[k].pos ?? '')) break;
    to = k;
  }
  return to;
}

/** The state a demonym or a state's name inside tokens from..to names ("Kachin Independence Army": none). */
function countryIn(tokens: Token[], from: number, to: number): string | undefined {
  const kb = knowledge();
  for (let k = from; k < to; k++) {
    const m = kb.match(tokens, k);
    if (m && m.entity.kind === 'State') return m.entity.country;
    const d = kb.demonym(tokens[k].lower);
    if (d) return d.country;
  }
  return undefined;
}

/**
 * Are the words from i before the "and" at j capitalised words no dictionary knows, no given name
 * (not "Mark Daly and Chairperson of ...") and no body's head word, the last a common word?
 */
function modifiersOnly(tokens: Token[], i: number, j: number): boolean {
  const kb = knowledge();
  // (the word before "and" a common word capitalised: not a surname, "Seibert and European External Action Service")
  if (!englishWord(tokens[j - 1].lower)) return false;
  for (let k = i; k < j; k++) {
    const t = tokens[k];
    if (ORG_HEADS.has(t.lower) || GROUP_HEADS.has(t.lower) || kb.match(tokens, k) || !t.upper || isGivenName(t.text) || /^[A-Z]{2,}$/.test(t.text)) return false;
  }
  return true;
}

/** "Third World Water Forum", "Islamic Salvation Front": a capitalised run with an organisation head. */
function unknownOrganisation(tokens: Token[], i: number): { from: number; to: number; group: boolean } | undefined {
  const kb = knowledge();
  const n = tokens.length;
  let j = i;
  let last = i - 1;
  while (j < n) {
    const t = tokens[j];
    if (t.upper && /^\p{L}/u.test(t.text)) {
      last = j;
      j++;
    } else if (CONNECTORS.has(t.lower) && j + 1 < n && (tokens[j + 1].upper || tokens[j + 1].lower === 'the') && !TEMPORAL.has(tokens[j + 1].lower) && last >= i) {
      // (not a date after the name: "approved by the Federation Council on February 22")
      j++;
    } else if (t.lower === 'and' && j + 1 < n && tokens[j + 1].upper && last >= i && modifiersOnly(tokens, i, j)) {
      // "National Security and Defense Council": "and" between the modifiers before the head
      // (not between two bodies: "the Security Council and the General Assembly")
      j++;
    } else break;
  }
  if (last < i) return undefined;
  let from = i;
  // (not a date before the name: "in June the European Council will consider")
  while (from <= last && (tokens[from].lower === 'the' || TEMPORAL.has(tokens[from].lower))) from++;
  // a known person or state at the start stays itself: "Putin's ..." is not part of an organisation name
  for (let k = from; k <= last; k++) {
    const m = kb.match(tokens, k);
    if (m && m.entity.kind === 'Person') from = k + m.length;
  }
  if (from > last) return undefined;
  let head = -1;
  let groupHead = false;
  for (let k = from; k <= last; k++) {
    const l = tokens[k].lower;
    if (ORG_HEADS.has(l) || GROUP_HEADS.has(l)) {
      head = k;
      groupHead = GROUP_HEADS.has(l);
    }
  }
  if (head < 0) return undefined;
  const to = organisationEnd(tokens, head, last);
  if (to - from < 2 && !groupHead) return undefined;
  const whole = kb.match(tokens, from);
  if (whole && whole.length >= to - from) return undefined;
  // a run that begins with a title is a person's title, not an organisation ("Foreign Minister ...")
  if (TITLE_WORDS.has(tokens[from].lower) && !ORG_HEADS.has(tokens[from + 1]?.lower ?? '')) {
    if (!ORGANISATION_TITLE_OPENERS.has(tokens[from].lower)) return undefined;
  }
  return { from, to, group: groupHead };
}
