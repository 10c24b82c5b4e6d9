import compiled from './data/own.senses.compiled.json';
import type { Mode, Relation } from '../types';

/**
 * A noun naming a happening ("talks", "sanctions", "invasion"), by noun lemma. The nouns are data:
 * `data/own.nouns.txt`, compiled by scripts/compile-senses.js (`npm run compile:verbs`).
 */
export interface NounSense {
  relation: Relation;
  mode?: Mode;
  /** its plural names no act ("needs") */
  singular?: boolean;
}

const data = compiled as unknown as { nouns: Record<string, NounSense>; militaryStrike: string[]; modeWords: Record<string, Mode> };

export const NOUN_EVENTS: Record<string, NounSense> = data.nouns;

/** Words before "strike" that make it military, not a walk-out (&MILITARY_STRIKE). */
export const MILITARY_STRIKE = new Set(data.militaryStrike);

/** Words before a call/conversation noun that give its mode (&MODE_<mode>). */
export const MODE_WORDS: Record<string, Mode> = data.modeWords;
