import { getGender } from 'gender-detection-from-name';
import words from '../lexicon/data/mention.words.json';
import type { EntityRef } from './mention';

/**
 * The gender of a person as "he" and "she" need it, from the first name (the name lists of the
 * gender-detection-from-name package, MIT: English, French, German, Italian, Spanish, Turkish
 * given names). Unknown where the name gives none, and for people named family name first.
 */
export type Gender = 'male' | 'female' | 'unknown';

const FAMILY_NAME_FIRST = new Set(words.familyNameFirst);
const known = new Map<string, Gender>();

export function genderOf(p: EntityRef): Gender {
  let g = known.get(p.id);
  if (g === undefined) {
    const first = p.name.split(/\s+/)[0] ?? '';
    g = p.kind !== 'Person' || (p.country && FAMILY_NAME_FIRST.has(p.country)) || !/^\p{L}{2,}$/u.test(first) ? 'unknown' : getGender(first);
    known.set(p.id, g);
  }
  return g;
}

/** Is the word a given name of the lists ("Andriy", "Agnès")? */
export function isGivenName(word: string): boolean {
  return /^\p{L}{2,}$/u.test(word) && getGender(word) !== 'unknown';
}

/** May the pronoun (he, him, she, her) stand for the person? */
export function agrees(pronoun: string, p: EntityRef): boolean {
  const g = genderOf(p);
  return g === 'unknown' || (g === 'male') === (pronoun === 'he' || pronoun === 'him');
}
