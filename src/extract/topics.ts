import { nounLemma, verbLemma } from './lexicon/lemma';
import issuesJson from './lexicon/data/issues.compiled.json';
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

const NOT_ADVERBS = new Set(['supply', 'assembly', 'rally', 'ally', 'family', 'italy', 'july', 'anomaly', 'monopoly', 'reply', 'apply', 'comply', 'multiply', 'fly']);

// Words that begin or qualify a noun phrase without changing what it is about.
const DROP = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'any', 'all',
  'some', 'such', 'both', 'further', 'more', 'new', 'legally', 'binding', 'long-term', 'legal', 'modern', 'serious',
  'reliable', 'concrete', 'possible', 'ongoing', 'current', 'recent', 'full', 'comprehensive', 'effective',
  'immediate', 'urgent', 'lasting', 'durable', 'sustainable', 'mutual', 'firm', 'clear', 'written', 'real', 'genuine',
  'direct', 'additional', 'greater', 'broader', 'broad', 'strong', 'deep', 'close', 'regular', 'continued',
  'continuing', 'deteriorating', 'worsening', 'whole', 'entire', 'overall', 'various', 'several', 'certain', 'main',
  'key', 'major', 'important', 'significant', 'latest', 'very', 'most', 'other', 'own', 'so-called', 'specific',
  'practical', 'early', 'swift', 'speedy', 'quick', 'complete', 'total', 'heavy', 'advanced', 'lethal', 'ever',
  'increasing', 'growing', 'massive', 'large-scale', 'unprecedented', 'necessary', 'relevant', 'appropriate',
]);

// "the issue of X", "the need for X": the phrase is about X.
const CONTAINERS = new Set([
  'issue', 'question', 'matter', 'topic', 'problem', 'subject', 'need', 'necessity', 'importance', 'significance',
  'possibility', 'prospect', 'prospects', 'implementation', 'state', 'status', 'theme', 'agenda', 'aspect', 'aspects',
  'range', 'number', 'set', 'package', 'idea', 'notion', 'concept', 'context', 'framework', 'issues', 'questions',
  'matters', 'topics', 'problems', 'subjects',
]);

// "supply of weapons" -> "weapon supply", "expansion of NATO" -> "nato expansion"
const NOMINALISATIONS = new Set([
  'supply', 'supplies', 'delivery', 'deliveries', 'provision', 'exchange', 'expansion', 'enlargement', 'lifting',
  'withdrawal', 'transfer', 'transfers', 'shipment', 'shipments', 'release', 'swap', 'security', 'resolution',
  'settlement', 'deployment', 'buildup', 'build-up', 'intensification', 'escalation', 'lifting', 'easing',
]);

// heads that keep their place: "situation in Ukraine", "developments around Ukraine"
const SITUATION_HEADS = new Set(['situation', 'development', 'developments', 'crisis', 'event', 'events', 'conflict', 'tension', 'tensions', 'escalation', 'war']);
const SITUATION_PREPS = new Set(['in', 'around', 'of', 'on', 'with', 'near', 'along', 'surrounding', 'concerning']);

const STOP = new Set([
  ',', '.', ';', ':', '(', ')', '"', '!', '?', 'which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'while',
  'for', 'to', 'with', 'in', 'on', 'by', 'from', 'at', 'regarding', 'about', 'between', 'against', 'under', 'during',
  'into', 'through', 'within', 'without', 'as', 'than', 'because', 'since', 'after', 'before', 'if', 'unless', 'but',
  'or', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'should', 'can', 'could', 'may', 'must', 'has',
  'have', 'had', 'and', 'also', 'amid', 'over', 'toward', 'towards', 'concerning', 'including', 'among', 'via',
  'upon', 'across', 'along', 'around', 'near', 'beyond', 'despite', 'following', 'like', 'not',
]);

/**
 * The synonym table: normalised phrases (singular lemmas, modifiers dropped) -> canonical label.
 * Small and general; anything not here keeps its own normalised phrase as its key.
 */
const SYNONYMS: Record<string, string> = {
  'security guarantee': 'security guarantees',
  'guarantee of security': 'security guarantees',
  'security assurance': 'security guarantees',
  weapon: 'weapons supplies',
  weaponry: 'weapons supplies',
  arm: 'weapons supplies',
  ammunition: 'weapons supplies',
  'weapon and ammunition': 'weapons supplies',
  'arm and ammunition': 'weapons supplies',
  'weapon supply': 'weapons supplies',
  'arm supply': 'weapons supplies',
  'weapon delivery': 'weapons supplies',
  'arm delivery': 'weapons supplies',
  'arm shipment': 'weapons supplies',
  'weapon shipment': 'weapons supplies',
  'weapon transfer': 'weapons supplies',
  'arm transfer': 'weapons supplies',
  'military supply': 'weapons supplies',
  ceasefire: 'ceasefire',
  'cease-fire': 'ceasefire',
  truce: 'ceasefire',
  'cessation of hostility': 'ceasefire',
  sanction: 'sanctions',
  'economic sanction': 'sanctions',
  'restrictive measure': 'sanctions',
  'energy security': 'energy security',
  'energy supply': 'energy security',
  'humanitarian corridor': 'humanitarian corridors',
  'prisoner exchange': 'prisoner exchange',
  'prisoner swap': 'prisoner exchange',
  'prisoner release': 'prisoner exchange',
  'nato enlargement': 'NATO enlargement',
  'nato expansion': 'NATO enlargement',
  'eastward nato expansion': 'NATO enlargement',
  'nato eastward expansion': 'NATO enlargement',
  'diplomatic solution': 'diplomatic solution',
  'diplomatic settlement': 'diplomatic solution',
  'political settlement': 'diplomatic solution',
  'political solution': 'diplomatic solution',
  'political and diplomatic settlement': 'diplomatic solution',
  'peaceful settlement': 'diplomatic solution',
  'peaceful solution': 'diplomatic solution',
  'diplomatic path': 'diplomatic solution',
  diplomacy: 'diplomatic solution',
  'maintain contact': 'maintain contact',
  'continue contact': 'maintain contact',
  'stay in contact': 'maintain contact',
  'keep in touch': 'maintain contact',
  contact: 'maintain contact',
  'humanitarian aid': 'humanitarian aid',
  'humanitarian assistance': 'humanitarian aid',
  'military aid': 'military aid',
  'military assistance': 'military aid',
  'peace talk': 'peace talks',
  'negotiation process': 'negotiation process',
  'peace process': 'peace process',
};

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
const TOO_GENERIC = new Set([
  'you', 'us', 'me', 'we', 'it', 'itself', 'themselves', 'they', 'them', 'he', 'she', 'him', 'her', 'there', 'here', 'how', 'what',
  'which', 'who', 'this', 'that', 'these', 'those', 'one', 'all', 'everything', 'something', 'anything', 'do', 'much',
  'greeting', 'message', 'country', 'state', 'people', 'president', 'head', 'city', 'representative', 'minister', 'member',
  'leader', 'partner', 'side', 'party', 'world', 'land', 'area', 'region', 'part', 'place', 'way', 'thing', 'time', 'year',
  'day', 'week', 'month', 'result', 'matter', 'issue', 'question', 'topic', 'subject', 'view', 'opinion', 'effort', 'work',
  'role', 'report', 'development', 'situation', 'position', 'decision', 'process', 'measure', 'step', 'action', 'condition',
  'opportunity', 'readiness', 'commitment', 'right', 'federal', 'chain', 'asset', 'detail', 'aspect', 'point', 'level',
  'number', 'kind', 'case', 'fact', 'need', 'interest', 'attention', 'course', 'idea', 'plan', 'event', 'meeting',
  'conversation', 'talk', 'call', 'visit', 'preparation', 'continue', 'order', 'term', 'hand', 'life', 'word', 'letter',
  'again', 'even', 'each', 'also', 'armed', 'financial', 'military', 'political', 'unwavering', 'potential', 'use', 'medium',
  'ambassador', 'governor', 'journalist', 'participant', 'delegation', 'servicemen', 'official', 'colleague', 'counterpart',
  'intention', 'desire', 'readiness', 'willingness', 'gratitude', 'appreciation', 'hope', 'confidence',
]);
const PRONOUNS = new Set(['you', 'us', 'me', 'we', 'it', 'they', 'them', 'he', 'she', 'him', 'her', 'i', 'our', 'your', 'my', 'their']);

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
