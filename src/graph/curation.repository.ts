import { RELATIONS, STRUCTURAL_TYPES } from '../model/vocabulary';
import { KIND_LABELS } from '../model/plan';
import { GraphError, NotFoundError } from './errors';
import { Executor } from './executor';
import { EntityRecord, entityRecord } from './records';

/** Every relationship type an entity can carry; a merge moves these and refuses anything else. */
export const MERGEABLE_TYPES: readonly string[] = [...RELATIONS, ...STRUCTURAL_TYPES, 'BY', 'TOWARD', 'ABOUT'];

/** Properties a curator may set on an entity, by name; anything else is not written. */
export const EDITABLE_PROPERTIES = ['name', 'aliases', 'country', 'iso3', 'acronym', 'key', 'label', 'status', 'agreementType', 'stage'] as const;

export interface EntityChanges {
  id: string;
  kind: keyof typeof KIND_LABELS;
  name?: string | null;
  aliases?: string[] | null;
  country?: string | null;
  iso3?: string | null;
  acronym?: string | null;
  key?: string | null;
  label?: string | null;
  signed?: string | null;
}

export interface MergeReport {
  entity: EntityRecord;
  moved: Array<{ type: string; direction: 'OUT' | 'IN'; count: number }>;
}

/** Curation writes: aliases, entity edits, merges. Each is one transaction. */
export class CurationRepository {
  constructor(private readonly executor: Executor) {}

  async addAlias(id: string, alias: string): Promise<EntityRecord> {
    const [row] = await this.executor.write((q) => q.run('api.addAlias', { id, alias }), 'api.addAlias');
    if (!row) throw new NotFoundError('entity', id);
    return entityRecord(row.entity as Record<string, unknown>);
  }

  async upsertEntity(changes: EntityChanges): Promise<EntityRecord> {
    const labels = KIND_LABELS[changes.kind];
    if (!labels) throw new GraphError('BAD_INPUT', `kind: unknown kind "${changes.kind}"`);
    const props: Record<string, unknown> = {};
    for (const key of EDITABLE_PROPERTIES) {
      const value = (changes as unknown as Record<string, unknown>)[key];
      if (value !== undefined && value !== null) props[key] = value;
    }
    if (changes.kind === 'Topic' && props.label === undefined && props.name !== undefined) props.label = props.name;
    const [row] = await this.executor.write((q) => q.run('api.upsertEntity', { id: changes.id, kind: changes.kind, labels, props, signed: changes.signed ?? null }), 'api.upsertEntity');
    return entityRecord(row.entity as Record<string, unknown>);
  }

  /**
   * Merges `mergeId` into `keepId` in one transaction: per relationship type present (from an
   * allow-list), one statement moves the outgoing and one the incoming relationships with their
   * properties; then names become aliases and the empty node goes. Nothing is dropped: an unknown
   * relationship type refuses the merge, and the final DELETE fails if anything was left.
   */
  async merge(keepId: string, mergeId: string): Promise<MergeReport> {
    return this.executor.write(async (q) => {
      const present = await q.run('api.mergeRelationshipTypes', { mergeId });
      const unknown = present.map((p) => String(p.type)).filter((t) => !MERGEABLE_TYPES.includes(t));
      if (unknown.length) {
        throw new GraphError('BAD_INPUT', `mergeId: "${mergeId}" has relationships of types the merge does not know (${[...new Set(unknown)].join(', ')}); nothing was merged`);
      }
      const moved: MergeReport['moved'] = [];
      for (const row of present) {
        const type = String(row.type);
        const direction = row.direction === 'IN' ? 'IN' : 'OUT';
        const [result] =
          direction === 'OUT' ? await q.run('api.mergeMoveOut', { keepId, mergeId, type }) : await q.run('api.mergeMoveIn', { keepId, mergeId, type });
        moved.push({ type, direction, count: Number(result?.moved ?? 0) });
      }
      const [finished] = await q.run('api.mergeFinish', { keepId, mergeId });
      if (!finished) throw new NotFoundError('entity', keepId);
      return { entity: entityRecord(finished.entity as Record<string, unknown>), moved };
    }, 'api.merge');
  }
}
