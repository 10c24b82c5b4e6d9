import type { ExtractionResult } from '../extract/types';

/** A fact of ../shared/gold/seed-facts.json. */
export interface GoldFact {
  id?: string;
  why?: string;
  subject: string[];
  relation: string[];
  object: string[];
  unattributed?: boolean;
}

/**
 * Is the fact found? One event with one of its relations, one of its subjects among `source` and
 * one of its objects among `target` or `about`; names compared case-insensitively with canonical
 * names and mention texts. With `unattributed`, only events without a speaker count.
 */
export function factFound(fact: GoldFact, result: ExtractionResult): boolean {
  const names = new Map<string, Set<string>>();
  for (const e of result.entities) names.set(e.id, new Set([e.name, ...e.mentions.map((m) => m.text)].map((x) => x.toLowerCase())));
  const named = (id: string, wanted: string[]): boolean => wanted.some((w) => names.get(id)?.has(w.toLowerCase()));
  return result.events.some((ev) =>
    fact.relation.includes(ev.relation) &&
    (!fact.unattributed || !ev.speaker) &&
    ev.source.some((id) => named(id, fact.subject)) &&
    [...ev.target, ...ev.about].some((id) => named(id, fact.object)),
  );
}
