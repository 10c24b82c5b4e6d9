import type { KnownEntity } from '../knowledge';

/** An entity as extraction knows it: from the reference, or found only in the text (`unknown`). */
export interface EntityRef extends KnownEntity {
  unknown?: boolean;
}

/**
 * A stretch of a sentence that names one or more entities.
 * `role`: "actor" can be a source or target; "modifier" is a demonym before a non-actor noun
 * ("Russian demands"); "reference" is a pronoun or "both leaders", resolved later from the discourse.
 */
export interface Mention {
  entities: EntityRef[];
  /** token indices within the sentence, end exclusive */
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  text: string;
  role: 'actor' | 'modifier' | 'reference';
  via: 'name' | 'capital' | 'title' | 'group' | 'state-agent' | 'org' | 'person' | 'demonym' | 'pronoun' | 'participants';
  /** for references: the folded pronoun or noun ("he", "they", "leaders") */
  ref?: string;
  possessive?: boolean;
}

export function isActorKind(kind: string): boolean {
  return kind === 'Person' || kind === 'State' || kind === 'Organization' || kind === 'Group';
}
