import { Executor } from './executor';
import { ADDRESSEE_RELATIONS, Position, STANCE_RELATIONS, summarisePosition, byWeight } from '../model/stance';
import { EntityRecord, entityRecord } from './records';

export type PositionRecord = Position<EntityRecord>;

/** Positions: an actor's stances on topics, agreements and formats, and who stands where on one. */
export class PositionRepository {
  constructor(private readonly executor: Executor) {}

  byActors(ids: readonly string[], range: { from?: string | null; to?: string | null } = {}): Promise<Map<string, PositionRecord[]>> {
    return this.load('api.positionsByActors', ids, range);
  }

  byObjects(ids: readonly string[], range: { from?: string | null; to?: string | null } = {}): Promise<Map<string, PositionRecord[]>> {
    return this.load('api.positionsByObjects', ids, range);
  }

  private async load(name: 'api.positionsByActors' | 'api.positionsByObjects', ids: readonly string[], range: { from?: string | null; to?: string | null }) {
    const rows =
      name === 'api.positionsByActors'
        ? await this.executor.query('api.positionsByActors', { ids: [...new Set(ids)], stanceRelations: STANCE_RELATIONS, addresseeRelations: ADDRESSEE_RELATIONS, from: range.from ?? null, to: range.to ?? null })
        : await this.executor.query('api.positionsByObjects', { ids: [...new Set(ids)], stanceRelations: STANCE_RELATIONS, addresseeRelations: ADDRESSEE_RELATIONS, from: range.from ?? null, to: range.to ?? null });
    const out = new Map<string, PositionRecord[]>();
    for (const row of rows) {
      const position = summarisePosition(
        entityRecord(row.actor as Record<string, unknown>),
        entityRecord(row.object as Record<string, unknown>),
        (row.events as Array<Record<string, unknown>>).map((e) => ({ id: String(e.id), date: (e.date as string | null) ?? null, relation: String(e.relation) })),
      );
      const id = String(row.id);
      out.set(id, [...(out.get(id) ?? []), position]);
    }
    for (const list of out.values()) list.sort(byWeight);
    return out;
  }
}
