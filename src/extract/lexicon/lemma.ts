/// <reference path="../wink-lemmatizer.d.ts" />
import * as wink from 'wink-lemmatizer';
import lexicon = require('wink-lexicon/src/lexicon.js');

// WordNet's morphy with its exception lists: irregular forms ("sent" -> "send", "held" -> "hold",
// "fought" -> "fight") are what hand-written suffix rules get wrong. Cached: a corpus has few word forms.
const verbCache = new Map<string, string>();
const nounCache = new Map<string, string>();

// wink-lexicon's tags of word forms (Penn Treebank): which forms are base verbs and participles
const TAGS: Record<string, string[] | undefined> = lexicon;
const tagsOf = (word: string): string[] | undefined => (Object.prototype.hasOwnProperty.call(TAGS, word) ? TAGS[word] : undefined);

/** Is the folded word a form the English lexicon knows ("security", "air"; not "seibert")? */
export function englishWord(word: string): boolean {
  return tagsOf(word) !== undefined;
}

/** The verb lemma of a folded word form: "accused" -> "accuse", "met" -> "meet", "staged" -> "stage". */
export function verbLemma(word: string): string {
  let v = verbCache.get(word);
  if (v === undefined) {
    v = /^[a-z]+$/.test(word) ? silentE(word, wink.verb(word)) : word;
    verbCache.set(word, v);
  }
  return v;
}

/**
 * morphy's first reading of "staged", "waged", "hoped" is "stag", "wag", "hop". A stem ending
 * consonant-vowel-consonant doubles its consonant before -ed and -ing ("hopped", "stagged"), so a
 * single one is the silent e of a verb the lexicon knows ("stage", "wage", "hope").
 */
function silentE(word: string, lemma: string): string {
  if (!(word === `${lemma}ed` || word === `${lemma}ing`) || !/[^aeiou][aeiou][^aeiouwxy]$/.test(lemma)) return lemma;
  return tagsOf(`${lemma}e`)?.includes('VB') ? `${lemma}e` : lemma;
}

/** The noun lemma of a folded word form: "talks" -> "talk", "guarantees" -> "guarantee". */
export function nounLemma(word: string): string {
  let v = nounCache.get(word);
  if (v === undefined) {
    v = /^[a-z]+$/.test(word) ? wink.noun(word) : word;
    nounCache.set(word, v);
  }
  return v;
}


/**
 * Is the folded word form a past participle, as the lexicon tags it ("shot", "held", "cut"; not
 * "spoke")? undefined where the lexicon does not know the form.
 */
export function pastParticiple(word: string): boolean | undefined {
  return tagsOf(word)?.includes('VBN');
}
