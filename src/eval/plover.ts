import type { ExtractionResult, PloverCategory } from '../extract/types';

/** PLOVER 0.5b1 labels of the gold standard -> today's categories (../shared/corpus/README.md). */
export const PLOVER_05_TO_CURRENT: Record<string, PloverCategory> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

// old CAMEO country codes in the gold standard -> ISO 3166-1 alpha-3
const CODE_FIX: Record<string, string> = { JAP: 'JPN', ITL: 'ITA' };
// actor codes that are not countries
const NON_COUNTRY = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'UAF', 'REB', 'diplomatic', '']);

export interface GoldActor {
  actorText?: string;
  code?: string;
}

export function goldCategory(event: string): PloverCategory {
  return PLOVER_05_TO_CURRENT[event] ?? (event as PloverCategory);
}

/** Country codes (ISO3) of a gold record's source and target actors. */
export function goldCountries(source: unknown, target: unknown): string[] {
  const codes: string[] = [];
  for (const side of [source, target]) {
    if (!Array.isArray(side)) continue;
    for (const a of side as GoldActor[]) {
      const c = CODE_FIX[a.code ?? ''] ?? a.code ?? '';
      if (!NON_COUNTRY.has(c) && /^[A-Z]{3}$/.test(c)) codes.push(c);
    }
  }
  return [...new Set(codes)];
}

/** The countries of the extracted actors (people, states, organisations and groups with a country). */
export function extractedCountries(result: ExtractionResult): Set<string> {
  const out = new Set<string>();
  for (const e of result.entities) if (e.kind !== 'Topic' && e.country) out.add(e.country);
  return out;
}
