/// <reference path="../wink-lemmatizer.d.ts" />
import * as wink from 'wink-lemmatizer';

// WordNet's morphy with its exception lists: irregular forms ("sent" -> "send", "held" -> "hold",
// "fought" -> "fight") are what hand-written suffix rules get wrong. Cached: a corpus has few word forms.
const verbCache = new Map<string, string>();
const nounCache = new Map<string, string>();

/** The verb lemma of a folded word form: "accused" -> "accuse", "met" -> "meet". */
export function verbLemma(word: string): string {
  let v = verbCache.get(word);
  if (v === undefined) {
    v = /^[a-z]+$/.test(word) ? wink.verb(word) : word;
    verbCache.set(word, v);
  }
  return v;
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
