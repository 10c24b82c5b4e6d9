import type { ExtractionResult, PloverCategory } from '../extract/types';

/** A record of plover-plv-train.json: a sentence, its PLOVER root category and coded spans. */
export interface PlvRecord {
  id: string;
  text: string;
  category: string;
  pairs: { source: string; target: string }[];
}

/** PLV's YIELD is the older name covering CONCEDE and RETREAT. */
export function plvCategories(category: string): PloverCategory[] {
  return category === 'YIELD' ? ['CONCEDE', 'RETREAT'] : [category as PloverCategory];
}

/** Character spans of a phrase in a text (case-insensitive, every occurrence). */
export function spansOf(text: string, phrase: string): [number, number][] {
  const out: [number, number][] = [];
  const hay = text.toLowerCase();
  const needle = phrase.toLowerCase().trim();
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

export interface PlvScore {
  category: boolean;
  /** an event of the category whose source has a mention inside a coded source span */
  withSource: boolean;
  noEvent: boolean;
}

export function scorePlv(r: PlvRecord, result: ExtractionResult): PlvScore {
  const cats = plvCategories(r.category);
  const hits = result.events.filter((e) => cats.includes(e.plover));
  const spans = r.pairs.flatMap((p) => spansOf(r.text, p.source));
  const mentions = new Map(result.entities.map((e) => [e.id, e.mentions]));
  const inSource = (id: string): boolean =>
    (mentions.get(id) ?? []).some((m) => spans.some(([a, b]) => m.start < b && m.end > a));
  return {
    category: hits.length > 0,
    withSource: hits.some((e) => e.source.some(inSource)),
    noEvent: result.events.length === 0,
  };
}
