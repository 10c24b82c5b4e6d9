import compiled from './data/own.senses.compiled.json';
import type { Mode, Relation } from '../types';

/**
 * One reading of a verb. A verb lists its readings in order; the first whose conditions hold wins.
 * `next`: one of these words must follow within two tokens ("call for", "focus on").
 * `object`: the head of what follows must be one of these noun lemmas ("exchange views").
 * `control`: takes an infinitive complement whose content is what the event is about
 * ("agreed to maintain contact", "refused to deploy").
 * The readings are data: `data/own.senses.txt` (in the shape of CAMEO.2.0.txt), compiled by
 * scripts/compile-senses.js (`npm run compile:verbs`).
 */
export interface VerbSense {
  relation: Relation;
  mode?: Mode;
  /** the CAMEO code of a reading coded as CAMEO codes it ("[057]"): the event's PLOVER category is the code's */
  code?: string;
  next?: string[];
  object?: string[];
  control?: boolean;
  /** only when an actor follows directly ("called President Zelensky", "welcomed the Chancellor") */
  actorObject?: boolean;
  /** the object noun is followed by "of" and a named entity, not a possessor ("the role of the OSCE", not "of Finland's support") */
  ofEntity?: boolean;
  /** not when the head of what follows is one of these ("sent greetings", "delivered a speech") */
  notObject?: string[];
  /** the infinitive complement's verb has a hostile reading ("prepared to resume shelling", not "preparing to ration gas") */
  hostileComplement?: boolean;
  /** only without a noun phrase object: "protesters demonstrated", not "demonstrated their skills" */
  intransitive?: boolean;
  /** only after a meeting's or a discussion's noun, or a word of &TALK, in the sentence ("during the talks, the presidents focused on") */
  afterTalk?: boolean;
}

const data = compiled as unknown as { senses: Record<string, VerbSense[]>; sets: Record<string, string[]> };

/** Verb lemma -> readings. Lemmas, so every inflection is covered by one entry. */
export const VERB_SENSES: Record<string, VerbSense[]> = data.senses;

/** Verbs that introduce reported speech when a clause follows ("highlighted that ..."): &REPORTING. */
export const REPORTING_VERBS = new Set([...data.sets.REPORTING, ...data.sets.HOPING]);

/** Verbs of hoping: what another will do in the clause after them is the speaker's appeal (&HOPING). */
export const HOPING_VERBS = new Set(data.sets.HOPING);

/** Verbs that carry a nominal event ("held talks", "expressed concern", "imposed sanctions"): &LIGHT. */
export const LIGHT_VERBS = new Set(data.sets.LIGHT);

/** Words of a talk or a speech and of its sides, for AFTER_TALK readings: &TALK. */
export const TALK_WORDS = new Set(data.sets.TALK);

/** Verbs with an infinitive complement that are not events themselves ("tried to hack"): &NEUTRAL_CONTROL. */
export const NEUTRAL_CONTROL_VERBS = new Set(data.sets.NEUTRAL_CONTROL);

/**
 * Nouns of a text an actor issues (&COMMUNICATION_OBJECTS and &DOMESTIC_ACTS: statements, reports,
 * resolutions): a participle after one reports its issuer's act ("released a statement criticising").
 */
export const DOCUMENT_NOUNS = new Set([...data.sets.COMMUNICATION_OBJECTS, ...data.sets.DOMESTIC_ACTS]);

/** Nouns of armed forces and their units ("troops", "army", "battalion"): what a mobilisation moves. */
export const FORCE_NOUNS = new Set(data.sets.FORCE_OBJECTS);
