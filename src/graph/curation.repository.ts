import { RELATIONS, STRUCTURAL_TYPES } from '../model/vocabulary';
import { KIND_LABELS } from '../model/plan';
import { Principal } from '../model/roles';
import { AuditRepository, MergeSnapshot, MERGE_RESTORED_PROPERTIES } from './audit.repository';
import { GraphError, NotFoundError } from './errors';
import { Executor, QueryRunner } from './executor';
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

/**
 * Curation writes: aliases, entity edits, merges, retractions. Each is one transaction, and each
 * writes its audit entry (who, when, what, before, after) in that same transaction.
 */
export class CurationRepository {
  constructor(private readonly executor: Executor) {}

  async addAlias(id: string, alias: string, actor: Principal): Promise<EntityRecord> {
    return this.executor.write(async (q) => {
      const before = await snapshot(q, id);
      const [row] = await q.run('api.addAlias', { id, alias });
      if (!row) throw new NotFoundError('entity', id);
      await AuditRepository.record(q, actor, 'addAlias', id, before, row.entity);
      return entityRecord(row.entity as Record<string, unknown>);
    }, 'api.addAlias');
  }

  /** Retracts or restores an event; false when there is no such event. */
  async setRetracted(id: string, retracted: boolean, reason: string | null, actor: Principal): Promise<boolean> {
    return this.executor.write(async (q) => {
      const [before] = await q.run('api.eventSnapshot', { id });
      if (!before) return false;
      await q.run('api.setRetracted', { id, retracted, reason });
      await AuditRepository.record(q, actor, retracted ? 'retractEvent' : 'restoreEvent', id, before, { id, retracted, reason });
      return true;
    }, 'api.setRetracted');
  }

  async upsertEntity(changes: EntityChanges, actor: Principal): Promise<EntityRecord> {
    const labels = KIND_LABELS[changes.kind];
    if (!labels) throw new GraphError('BAD_INPUT', `kind: unknown kind "${changes.kind}"`);
    const props: Record<string, unknown> = {};
    for (const key of EDITABLE_PROPERTIES) {
      const value = (changes as unknown as Record<string, unknown>)[key];
      if (value !== undefined && value !== null) props[key] = value;
    }
    if (changes.kind === 'Topic' && props.label === undefined && props.name !== undefined) props.label = props.name;
    // A curated field is kept when reference knowledge is loaded again (see ReferenceRepository).
    const curated = Object.keys(props).concat(changes.signed ? ['signed'] : []);
    return this.executor.write(async (q) => {
      const before = await snapshot(q, changes.id);
      const [row] = await q.run('api.upsertEntity', { id: changes.id, kind: changes.kind, labels, props, signed: changes.signed ?? null, curated });
      await AuditRepository.record(q, actor, before ? 'updateEntity' : 'createEntity', changes.id, before, row.entity);
      return entityRecord(row.entity as Record<string, unknown>);
    }, 'api.upsertEntity');
  }

  /**
   * Merges `mergeId` into `keepId` in one transaction: per relationship type present (from an
   * allow-list), one statement moves the outgoing and one the incoming relationships with their
   * properties; then names become aliases and the empty node goes. Nothing is dropped: an unknown
   * relationship type refuses the merge, and the final DELETE fails if anything was left.
   */
  async merge(keepId: string, mergeId: string, actor: Principal): Promise<MergeReport & { auditId: string }> {
    return this.executor.write(async (q) => {
      const [snap] = await q.run('api.mergeSnapshot', { keepId, mergeId });
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
      const before: MergeSnapshot = { keepId, mergeId, ...(snap as Omit<MergeSnapshot, 'keepId' | 'mergeId'>) };
      const auditId = await AuditRepository.record(q, actor, 'mergeEntities', keepId, before, { entity: finished.entity, moved });
      return { entity: entityRecord(finished.entity as Record<string, unknown>), moved, auditId };
    }, 'api.merge');
  }

  /**
   * Undoes a merge from its audit entry, in one transaction: the merged entity comes back with its
   * labels, properties, relationships and evidence, and the kept one loses what the merge gave it.
   */
  async undoMerge(auditId: string, actor: Principal): Promise<EntityRecord> {
    return this.executor.write(async (q) => {
      const entry = await AuditRepository.byId(q, auditId);
      if (!entry || entry.action !== 'mergeEntities') throw new GraphError('BAD_INPUT', `auditId: no merge "${auditId}" in the audit trail`);
      if (entry.undone) throw new GraphError('BAD_INPUT', `auditId: the merge "${auditId}" was already undone`);
      const snap = entry.before as MergeSnapshot;
      const restore: Record<string, unknown> = {};
      for (const key of MERGE_RESTORED_PROPERTIES) restore[key] = snap.kept[key] ?? null;
      const [row] = await q.run('api.undoMergeEntity', { keepId: snap.keepId, mergeId: snap.mergeId, merged: { ...snap.merged, signed: snap.merged.signed ?? null }, labels: snap.labels, restore });
      if (!row) throw new GraphError('BAD_INPUT', `auditId: "${snap.mergeId}" exists again or "${snap.keepId}" is gone; the merge cannot be undone`);
      await q.run('api.undoMergeRelationships', { keepId: snap.keepId, mergeId: snap.mergeId, relationships: snap.relationships });
      await q.run('api.undoMergeSpeakers', { keepId: snap.keepId, mergeId: snap.mergeId, speaking: snap.speaking });
      const undoId = await AuditRepository.record(q, actor, 'undoMerge', snap.mergeId, { auditId }, row.entity);
      await q.run('audit.markUndone', { id: auditId, by: undoId });
      return entityRecord(row.entity as Record<string, unknown>);
    }, 'api.undoMerge');
  }
}

async function snapshot(q: QueryRunner, id: string): Promise<Record<string, unknown> | null> {
  const [row] = await q.run('api.entitySnapshot', { id });
  return row ? (row.entity as Record<string, unknown>) : null;
}
