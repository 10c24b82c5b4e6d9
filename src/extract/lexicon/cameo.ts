import { NOUN_EVENTS } from './nouns';
import compiledJson from './data/verbs.compiled.json';
import clauseWords from './data/clause.words.json';
import triggerWords from './data/trigger.words.json';
import { nounLemma, verbLemma } from './lemma';
import { PLOVER_CATEGORIES, RELATION_PLOVER, type Mode, type PloverCategory, type Relation } from '../types';
import type { Token } from '../text/tokens';

/**
 * The verb dictionary as data: PETRARCH2's CAMEO.2.0.txt and our own additions, compiled by
 * scripts/compile-verbs.js into data/verbs.compiled.json. A verb belongs to a block; the block's
 * phrase patterns ("- * (FOR {HUMANITARIAN AID}) [0233]") refine its CAMEO code by the words around
 * the verb; relations.codes.txt maps the code to a relation. The longest pattern that matches
 * wins; a pattern coded [---] says the verb is no event there.
 */
interface RawPattern { before: string[][]; after: string[][]; object?: number; code: string | null; text: string; verb?: string }
interface RawVerb { block: string; code?: string | null; particle?: string[] }
interface Compiled {
  codes: Record<string, { relation: string; mode?: string; plover?: string }>;
  /** CAMEO2PLOVER-2021.txt: CAMEO code -> PLOVER category */
  plover: Record<string, string>;
  blocks: Record<string, { code: string | null; patterns: RawPattern[] }>;
  verbs: Record<string, RawVerb[]>;
  forms: Record<string, string>;
}
const compiled = compiledJson as unknown as Compiled;

/** One element of a pattern: single words (by lemma, or exact with "=") and multi-word phrases. */
interface Element { words: Set<string>; exact: Set<string>; phrases: string[][] }
interface Pattern {
  before: Element[];
  after: Element[];
  /** how many of `after` are words of the verb's object, outside parentheses: no preposition before them */
  object: number;
  code: string | null;
  text: string;
  /** the one verb of the block it holds for, when it leaves the block's category (compile-verbs.js scopePatterns) */
  verb?: string;
  /** the words of its most selective element: one must be in the sentence, else it cannot hold */
  keys: string[];
}

/** The words of a sentence once: per token its form, noun and verb lemma; and all of them. */
export interface SentenceWords {
  forms: [string, string, string][];
  all: Set<string>;
  /** per token: may a pattern's words stand on both sides of it? (not across a verb, a subordinator, a comma) */
  open: boolean[];
  /**
   * per token: a preposition that opens no part of an object, which the object's words do not
   * follow: "used by the armed forces"; not one after a noun ("the need for a solution"), "of",
   * or "than" ("more than a thousand missiles")
   */
  preposition: boolean[];
  /** per token: a noun's complement opens here ("cooperation with"; not "of"), which a pattern's object words do not cross */
  complement: boolean[];
  /** per token: a verb form ("working"), which an object word of a pattern does not match by its verb lemma */
  verbForm: boolean[];
}

// a pattern holds inside the verb's own phrase: it does not reach past another verb ("helped ...
// to conclude a treaty"), a subordinate clause ("left their homes because of this war"), a
// personal pronoun or a comma
const CLOSING_POS = /^(VERB|AUX|SCONJ)$/;
const POSSESSIVE = new Set(triggerWords.possessives);
const SUBORDINATOR = new Set(clauseWords.subordinator);
const PHRASE_PREPOSITIONS = new Set(triggerWords.phrasePrepositions);

const appealNoun = (lemma: string): boolean => own(NOUN_EVENTS, lemma)?.relation === 'CALLED_FOR';

export function sentenceWords(tokens: Token[]): SentenceWords {
  const all = new Set<string>();
  const forms = tokens.map((t): [string, string, string] => {
    const f: [string, string, string] = [t.lower, nounLemma(t.lower), verbLemma(t.lower)];
    all.add(f[0]).add(f[1]).add(f[2]);
    return f;
  });
  const open = tokens.map((t, k) => {
    const next = tokens[k + 1]?.pos ?? '';
    // "new targeted sanctions", "a multi-pronged attack": a participle before a noun is in the phrase
    if (CLOSING_POS.test(t.pos ?? '')) return t.pos === 'VERB' && /^(NOUN|ADJ|PROPN)$/.test(next);
    if (t.pos === 'PRON') return POSSESSIVE.has(t.lower);
    if (SUBORDINATOR.has(t.lower)) return false;
    // "his conviction that official Berlin supports", "the agreement that Russia signed": "that"
    // after a noun opens its clause, which a phrase pattern does not reach into
    if (t.lower === 'that' && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')) return false;
    // "direct, high-level peace talks": a comma between adjectives
    if (/^[,\u2013\u2014]$/.test(t.lower)) return t.lower === ',' && tokens[k - 1]?.pos === 'ADJ';
    return true;
  });
  const preposition = tokens.map((t, k) => t.pos === 'ADP' && !PHRASE_PREPOSITIONS.has(t.lower) && !/^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? ''));
  // (an appeal's noun leaves its complement to the verb's phrase: "found the need for a diplomatic solution")
  const complement = tokens.map((t, k) => t.pos === 'ADP' && t.lower !== 'of' && tokens[k - 1]?.pos === 'NOUN' && !appealNoun(forms[k - 1][1]));
  const verbForm = tokens.map((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return { forms, all, open, preposition, complement, verbForm };
}

/** What fired of a dictionary reading (see patternShape). */
export interface DictionaryShape {
  bare: boolean;
  phrase: boolean;
  wordAfterVerb: boolean;
}

export interface VerbReading {
  relation: Relation;
  mode?: Mode;
  /** last token of the verb phrase (its particle) */
  end: number;
  pattern: string;
  /** the CAMEO code that fired */
  code: string;
  shape: DictionaryShape;
}

const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);

function element(alts: string[]): Element {
  const e: Element = { words: new Set(), exact: new Set(), phrases: [] };
  for (const a of alts) {
    if (a.startsWith('=')) e.exact.add(a.slice(1));
    else if (a.includes(' ')) e.phrases.push(a.split(' '));
    else e.words.add(a);
  }
  return e;
}

const patternCache = new Map<string, Pattern[]>();
function patternsOf(block: string): Pattern[] {
  let ps = patternCache.get(block);
  if (!ps) {
    const raw = own(compiled.blocks, block)?.patterns ?? [];
    ps = raw.map((p) => {
      const alts = [...p.before, ...p.after].sort((a, b) => a.length - b.length)[0] ?? [];
      const keys = alts.map((a) => a.replace(/^=/, '').split(' ')[0]);
      return { before: p.before.map(element), after: p.after.map(element), object: p.object ?? 0, code: p.code, text: p.text, verb: p.verb, keys };
    });
    // the longest first: the most specific reading wins
    ps.sort((a, b) => b.before.length + b.after.length - (a.before.length + a.after.length));
    patternCache.set(block, ps);
  }
  return ps;
}

/** The relation of a CAMEO code: the line of its longest listed prefix. */
export function relationOfCode(code: string): { relation: Relation; mode?: Mode } | undefined {
  const c = longestPrefix(compiled.codes, code);
  return !c || c.relation === 'NONE' ? undefined : { relation: c.relation as Relation, mode: c.mode as Mode | undefined };
}

/**
 * The PLOVER category of an event: while the event is still its CAMEO code's act (the code's
 * relation is the event's), the category relations.codes.txt names for the code, else
 * CAMEO2PLOVER's; otherwise the relation's ("signed a treaty", 057: AGREED, PLOVER SUPPORT; "will
 * sign a treaty", an intent: AGREE).
 */
export function ploverOf(relation: Relation, code: string | undefined): PloverCategory {
  const line = code ? longestPrefix(compiled.codes, code) : undefined;
  if (!code || line?.relation !== relation) return RELATION_PLOVER[relation];
  const p = (line.plover ?? longestPrefix(compiled.plover, code)) as PloverCategory | undefined;
  return p && PLOVER_CATEGORIES.includes(p) ? p : RELATION_PLOVER[relation];
}

/** The entry of a code's longest listed prefix (CAMEO2PLOVER's and our codes' rule). */
function longestPrefix<T>(table: Record<string, T>, code: string): T | undefined {
  for (let k = code.length; k >= 2; k--) {
    const v = own(table, code.slice(0, k));
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The dictionary lemma of a verb form ("sought" -> "seek"), when the dictionary has the verb. */
export function dictionaryVerb(lower: string): string | undefined {
  const lemma = own(compiled.forms, lower) ?? verbLemma(lower);
  return own(compiled.verbs, lemma) ? lemma : undefined;
}

// (an object word is a noun: "stopped working on the criteria" is no "* WORK [143]", a walk-out)
function matchesAt(e: Element, w: SentenceWords, k: number, objectWord = false): number {
  const [l, nl, vl] = w.forms[k];
  if (e.exact.has(l) || e.words.has(l) || e.words.has(nl) || (e.words.has(vl) && !(objectWord && w.verbForm[k]))) return k;
  for (const ph of e.phrases) {
    if (k + ph.length > w.forms.length) continue;
    if (ph.every((x, q) => w.forms[k + q][0] === x || w.forms[k + q][1] === x)) return k + ph.length - 1;
  }
  return -1;
}

const BOUNDARY = /^[.;:!?]$/;

/** Do the pattern's words stand around the verb at i..end, in order, a few words apart, inside its phrase? */
function holds(p: Pattern, w: SentenceWords, i: number, end: number): boolean {
  if (p.keys.length && !p.keys.some((x) => w.all.has(x))) return false;
  const tokens = w.forms;
  let k = i - 1;
  for (let b = p.before.length - 1; b >= 0; b--) {
    let found = -1;
    for (let q = k; q >= 0 && q >= k - 3 && !BOUNDARY.test(tokens[q][0]); q--) {
      if (matchesAt(p.before[b], w, q) >= 0) { found = q; break; }
      if (!w.open[q]) break;
    }
    if (found < 0) return false;
    k = found - 1;
  }
  k = end + 1;
  for (const [a, e] of p.after.entries()) {
    let found = -1;
    for (let q = k; q < tokens.length && q <= k + 5 && !BOUNDARY.test(tokens[q][0]); q++) {
      const last = matchesAt(e, w, q, a < p.object);
      if (last >= 0) { found = last; break; }
      // (an object word is the object's, not inside a noun's complement: "maintains cooperation with
      // the armed forces"; nor does a word after the object reach past another phrase of the verb:
      // "the coalition he headed in the elections to the National Assembly" is no "* (TO)")
      if (!w.open[q] || w.preposition[q] || (a < p.object && w.complement[q])) break;
    }
    if (found < 0) return false;
    k = found + 1;
  }
  return true;
}

/**
 * The reading of the verb at token i by the dictionary: undefined when the dictionary does not
 * know the verb or codes it as no event here.
 */
export function readVerb(tokens: Token[], i: number, lemma: string, words: SentenceWords): VerbReading | undefined {
  const entries = own(compiled.verbs, lemma);
  if (!entries) return undefined;
  // phrasal entries ("ask for", "call off") first, when their particle follows
  const ordered = [...entries.filter((e) => e.particle), ...entries.filter((e) => !e.particle)];
  for (const entry of ordered) {
    let end = i;
    if (entry.particle) {
      const at = tokens.findIndex((t, k) => k > i && k <= i + 2 && t.lower === entry.particle![entry.particle!.length - 1]);
      if (at < 0) continue;
      end = at;
    }
    const fired = patternsOf(entry.block).find((p) => (p.verb === undefined || p.verb === lemma) && holds(p, words, i, end));
    const code = fired ? fired.code : entry.code !== undefined ? entry.code : own(compiled.blocks, entry.block)?.code ?? null;
    // a pattern coded [---] says no event; a block without a code leaves the verb to its other blocks
    if (fired && !fired.code) return undefined;
    if (!code || code.startsWith('~')) continue;
    const r = relationOfCode(code);
    if (!r) continue;
    const verb = `${lemma}${entry.particle ? ` ${entry.particle.join(' ')}` : ''}`.toUpperCase();
    // "wage war", "set free", "take note": a phrasal entry whose particle is a content word is a
    // phrase pattern of its own (written "- WAGE WAR"), not the bare verb
    const phrase = !fired && !!entry.particle && /^(NOUN|ADJ|VERB)$/.test(tokens[end].pos ?? '');
    return { ...r, end, code, shape: patternShape(fired?.text, phrase), pattern: fired ? `CAMEO ${entry.block} ${fired.text}` : `CAMEO ${entry.block} ${phrase ? '- ' : ''}${verb} [${code}]` };
  }
  return undefined;
}

/**
 * What fired, read from the pattern's own text where `readVerb` knows it ("- * + [111]"; none
 * when no pattern fired; `phrase` for a phrasal entry such as "- WAGE WAR"): a bare verb, which
 * codes an event only with an actor as its object (a pattern of slot marks alone, "- * + [111]", is
 * the verb with its target after it: no word of its own restricts it); a phrase, which names the act
 * whole; and a phrase with a content word after the verb ("* (ON ALERT)", not only "* (INTO)" or
 * "&MILITARY *"), which the parenthesised grouping of the text alone tells.
 */
export function patternShape(text: string | undefined, phrase: boolean): DictionaryShape {
  const fired = text !== undefined;
  return {
    bare: fired ? /^- [*+$%^\s]*\[/.test(text) : !phrase,
    phrase: fired || phrase,
    wordAfterVerb: fired && /^- .*\* (\([^)\s]+ [^)\s]|[^([\s])/.test(text),
  };
}
