import { nounLemma, verbLemma } from './lexicon/lemma';
import issuesJson from './lexicon/data/issues.compiled.json';
import topicWords from './lexicon/data/topic.words.json';
import { slug } from './text/normalize';

/** A normalised topic: the key of a Topic entity ("security-guarantees") and its label. */
export interface Topic {
  key: string;
  name: string;
  /** how many of the given words the phrase took */
  length?: number;
  /** the topic is in the vocabulary (the synonym table, the issue phrases, a situation in a state) */
  vocabulary?: boolean;
}

const NOT_ADVERBS = new Set(topicWords.notAdverbs);

// Words that begin or qualify a noun phrase without changing what it is about.
const DROP = new Set(topicWords.drop);

// "the issue of X", "the need for X": the phrase is about X.
const CONTAINERS = new Set(topicWords.containers);

// "supply of weapons" -> "weapon supply", "expansion of NATO" -> "nato expansion"
const NOMINALISATIONS = new Set(topicWords.nominalisations);

// heads that keep their place: "situation in Ukraine", "developments around Ukraine"
const SITUATION_HEADS = new Set(topicWords.situationHeads);
const SITUATION_PREPS = new Set(topicWords.situationPrepositions);

/** A noun naming a state of affairs that holds somewhere ("the situation", "the war", "developments"). */
export function isSituationHead(noun: string): boolean {
  return SITUATION_HEADS.has(noun);
}

const STOP = new Set(topicWords.stop);

/**
 * The synonym table: normalised phrases (singular lemmas, modifiers dropped) -> canonical label.
 * Small and general; anything not here keeps its own normalised phrase as its key.
 */
const SYNONYMS: Record<string, string> = topicWords.synonyms;

/**
 * Normalises the noun phrase at the start of `words` (folded tokens) to a topic: determiners and
 * evaluative modifiers dropped, containers ("the issue of") skipped, "supply of weapons" turned
 * into "weapon supply", nouns singularised, then looked up in a small synonym table. "situation in
 * <State>" keeps its state ("situation in Ukraine"). With `verbPhrase`, a leading verb is kept
 * ("maintain contact"). `stateName` names a state from its folded alias when the caller knows it.
 */
export function normaliseTopic(words: string[], opts: { verbPhrase?: boolean; stateName?: (w: string[]) => string | undefined; part?: boolean } = {}): Topic | undefined {
  if (words.length && /^(\d|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)/.test(words[0])) return undefined;
  let i = 0;
  const out: string[] = [];
  let verb: string | undefined;
  if (opts.verbPhrase && words.length > 1 && /^[a-z]+$/.test(words[0]) && !DROP.has(words[0])) {
    verb = verbLemma(words[0]);
    i = 1;
  }
  for (; i < words.length; i++) {
    const w = words[i];
    if (DROP.has(w) || (/^[a-z]+ly$/.test(w) && !NOT_ADVERBS.has(w))) continue;
    if (CONTAINERS.has(w) && (words[i + 1] === 'of' || words[i + 1] === 'for' || words[i + 1] === 'to')) {
      i++;
      out.length = 0;
      continue;
    }
    if (w === 'of' && out.length > 0) {
      const head = out[out.length - 1];
      if (NOMINALISATIONS.has(head)) {
        const rest = normaliseTopic(words.slice(i + 1), { ...opts, part: true });
        if (!rest) break;
        const phrase = [...rest.name.toLowerCase().split(' ').map((x) => nounLemma(x)), nounLemma(head)];
        const composed = SYNONYMS[phrase.join(' ')] || !Object.values(SYNONYMS).includes(rest.name) ? finish(phrase, verb) : rest;
        return composed && { ...composed, length: i + 1 + (rest.length ?? 1) };
      }
      if (SITUATION_HEADS.has(head)) {
        const place = opts.stateName?.(words.slice(i + 1).filter((x) => !DROP.has(x)));
        if (place) return { key: slug(`situation in ${place}`), name: `situation in ${place}`, length: words.length, vocabulary: true };
      }
      break;
    }
    if (SITUATION_PREPS.has(w) && out.length > 0 && SITUATION_HEADS.has(out[out.length - 1])) {
      const place = opts.stateName?.(words.slice(i + 1).filter((x) => !DROP.has(x)));
      if (place) return { key: slug(`situation in ${place}`), name: `situation in ${place}`, length: words.length, vocabulary: true };
      break;
    }
    if (STOP.has(w)) {
      // "weapons and ammunition", "political and diplomatic settlement": keep a short coordination
      if (w === 'and' && out.length > 0 && i + 1 < words.length && !STOP.has(words[i + 1]) && !DROP.has(words[i + 1])) {
        out.push('and');
        continue;
      }
      break;
    }
    if (/^\W+$/.test(w) || /-?ing$/.test(w) && out.length > 0) break;
    out.push(w);
    if (out.length >= 6) break;
  }
  while (out.length && out[out.length - 1] === 'and') out.pop();
  if (out.length === 0) return verb ? withLength(finish([], verb), i) : undefined;
  return withLength(finish(out.map((x) => nounLemma(x)), verb, opts.part), i);
}

function withLength(t: Topic | undefined, length: number): Topic | undefined {
  return t && { ...t, length };
}

/**
 * Words that say nothing of what a position is about when they stand alone: pronouns and function
 * words the phrase scan can run into, and the generic nouns of diplomatic prose ("the country",
 * "the message", "efforts", "the situation"). In a longer phrase they may still take part.
 */
const TOO_GENERIC = new Set(topicWords.tooGeneric);
const PRONOUNS = new Set(topicWords.pronouns);

let issues: Map<string, string> | undefined;

/** The issue of a phrase in the Phoenix issue vocabulary (compiled by scripts/compile-issues.js), by noun lemmas. */
function issueOf(lemmas: string[]): string | undefined {
  if (!issues) {
    issues = new Map();
    for (const [phrase, issue] of Object.entries((issuesJson as { phrases: Record<string, string> }).phrases)) {
      issues.set(phrase.split(' ').map((w) => nounLemma(w)).join(' '), issue);
    }
  }
  return lemmas.length ? issues.get(lemmas.join(' ')) : undefined;
}

/** `part`: the phrase is part of a larger one ("expansion of NATO"), so a single word may stand. */
function finish(lemmas: string[], verb: string | undefined, part = false): Topic | undefined {
  const phrase = [verb, ...lemmas].filter(Boolean).join(' ');
  if (!phrase || /^\d+$/.test(phrase)) return undefined;
  if (!verb && lemmas.length === 1 && TOO_GENERIC.has(lemmas[0])) return undefined;
  if (!verb && PRONOUNS.has(lemmas[0])) return undefined;
  if (verb && lemmas.length === 0 && TOO_GENERIC.has(verb)) return undefined;
  const canonical = SYNONYMS[phrase] ?? (verb ? SYNONYMS[lemmas.join(' ')] : undefined) ?? issueOf(lemmas);
  // no topic from a bare common noun or a verb alone: a free phrase needs a modifier and its head
  if (!canonical && !part && (verb ? lemmas.length === 0 : lemmas.filter((x) => x !== 'and').length < 2)) return undefined;
  const name = canonical ?? phrase;
  return canonical ? { key: slug(name), name, vocabulary: true } : { key: slug(name), name };
}

let vocabulary: Set<string> | undefined;

/**
 * Is a Topic key one of the vocabulary: a canonical name of the synonym table, an issue of the
 * Phoenix issue vocabulary, or a situation in a state ("situation-in-ukraine")?
 */
export function isVocabularyTopic(key: string): boolean {
  if (!vocabulary) {
    vocabulary = new Set([...Object.values(SYNONYMS), ...Object.values((issuesJson as { phrases: Record<string, string> }).phrases)].map((n) => slug(n)));
  }
  return vocabulary.has(key) || key.startsWith(slug('situation in x').replace(/x$/, ''));
}
