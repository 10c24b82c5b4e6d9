/** DESIGN.md: positions are derived from events, never typed in. */
export const FOR_RELATIONS = ['SUPPORTED', 'CALLED_FOR', 'AGREED'] as const;
export const AGAINST_RELATIONS = ['REJECTED', 'EXPRESSED_CONCERN', 'CRITICIZED', 'ACCUSED'] as const;
export const STANCE_RELATIONS: readonly string[] = [...FOR_RELATIONS, ...AGAINST_RELATIONS];
/** Relations whose actor target is who is addressed (asked, agreed with), not what the stance is about. */
export const ADDRESSEE_RELATIONS: readonly string[] = ['CALLED_FOR', 'AGREED'];

export type StanceValue = 'FOR' | 'AGAINST' | 'MIXED';

export interface StanceEvent {
  id: string;
  date: string | null;
  relation: string;
}

export interface PositionPeriod {
  /** YYYY-MM, or "undated" */
  period: string;
  stance: StanceValue;
  supporting: number;
  opposing: number;
}

/** A position of an actor on an object; E is whatever the caller names entities with. */
export interface Position<E> {
  actor: E;
  object: E;
  stance: StanceValue;
  supporting: number;
  opposing: number;
  first: string | null;
  last: string | null;
  /** the latest event behind the position, for its evidence */
  latestEventId: string;
  timeline: PositionPeriod[];
}

export function stanceOf(supporting: number, opposing: number): StanceValue {
  if (supporting > 0 && opposing === 0) return 'FOR';
  if (opposing > 0 && supporting === 0) return 'AGAINST';
  return supporting >= 2 * opposing ? 'FOR' : opposing >= 2 * supporting ? 'AGAINST' : 'MIXED';
}

const counts = (events: StanceEvent[]) => {
  const supporting = events.filter((e) => (FOR_RELATIONS as readonly string[]).includes(e.relation)).length;
  return { supporting, opposing: events.length - supporting };
};

/** From the dated stance events of one actor on one object to a position with its monthly timeline. */
export function summarisePosition<E>(actor: E, object: E, events: StanceEvent[]): Position<E> {
  const sorted = [...events].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  const total = counts(sorted);
  const byPeriod = new Map<string, StanceEvent[]>();
  for (const event of sorted) {
    const period = event.date ? event.date.slice(0, 7) : 'undated';
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), event]);
  }
  const dated = sorted.filter((e) => e.date);
  return {
    actor,
    object,
    stance: stanceOf(total.supporting, total.opposing),
    supporting: total.supporting,
    opposing: total.opposing,
    first: dated[0]?.date ?? null,
    last: dated[dated.length - 1]?.date ?? null,
    latestEventId: sorted[sorted.length - 1].id,
    timeline: [...byPeriod.entries()].map(([period, list]) => {
      const c = counts(list);
      return { period, stance: stanceOf(c.supporting, c.opposing), supporting: c.supporting, opposing: c.opposing };
    }),
  };
}


/** The order positions are listed in: the most events first, then the latest, then by object id (no ties). */
export function byWeight<E extends { id?: unknown }>(a: Position<E>, b: Position<E>): number {
  return (
    b.supporting + b.opposing - (a.supporting + a.opposing) ||
    (b.last ?? '').localeCompare(a.last ?? '') ||
    String(a.object.id ?? '').localeCompare(String(b.object.id ?? ''))
  );
}
