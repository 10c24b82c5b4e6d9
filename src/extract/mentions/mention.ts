import type { KnownEntity } from '../knowledge';
import type { EntityKind } from '../types';

/** An entity as extraction knows it: from the reference, or found only in the text (`unknown`). */
export interface EntityRef extends KnownEntity {
  unknown?: boolean;
}

/**
 * Every entity reference is made here, with all its fields (absent ones undefined) in one order:
 * one object shape, so the code that reads entities stays monomorphic for the JIT instead of being
 * recompiled each time a new combination of fields turns up in the text.
 */
export function entityRef(id: string, name: string, kind: EntityKind, country: string | undefined, unknown?: true): EntityRef {
  return { id, name, kind, country, unknown };
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

type MentionFields = Omit<Mention, 'start' | 'end' | 'text'>;

/** A mention with its span, every field present in one order (one object shape, as entityRef). */
export function mentionOf(m: MentionFields, span: { start: number; end: number; text: string }): Mention {
  return {
    entities: m.entities,
    tokStart: m.tokStart,
    tokEnd: m.tokEnd,
    role: m.role,
    via: m.via,
    ref: m.ref,
    possessive: m.possessive,
    start: span.start,
    end: span.end,
    text: span.text,
  };
}

export function isActorKind(kind: string): boolean {
  return kind === 'Person' || kind === 'State' || kind === 'Organization' || kind === 'Group';
}
