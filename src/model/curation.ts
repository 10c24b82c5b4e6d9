import { ReferenceLinkRow, ReferencePlan } from './reference-plan';

/** What curators changed: per entity, the fields they set (and their values), and the ids merged into it. */
export interface CuratedEntity {
  id: string;
  fields: string[];
  mergedIds: string[];
  props: Record<string, unknown>;
}

/** Where reference knowledge disagrees with a curator's edit; the edit is kept. */
export interface CurationConflict {
  id: string;
  field: string;
  kept: unknown;
  reference: unknown;
}

/**
 * Reference knowledge loaded over a curated graph: a curated field keeps its value (a differing
 * reference value is a conflict, reported), an id merged into another entity is not brought back
 * (its links go to the entity it was merged into). Pure: the repository reads, this decides.
 */
export function applyCuration(plan: ReferencePlan, curated: CuratedEntity[]): { plan: ReferencePlan; conflicts: CurationConflict[] } {
  const byId = new Map(curated.map((c) => [c.id, c]));
  const mergedInto = new Map<string, string>();
  for (const c of curated) for (const old of c.mergedIds) mergedInto.set(old, c.id);
  const conflicts: CurationConflict[] = [];
  const entities = plan.entities.flatMap((entity) => {
    const into = mergedInto.get(entity.id);
    if (into) {
      conflicts.push({ id: entity.id, field: 'id', kept: `merged into ${into}`, reference: entity.id });
      return [];
    }
    const edit = byId.get(entity.id);
    if (!edit?.fields.length) return [entity];
    const next = { ...entity, props: { ...entity.props } };
    for (const field of edit.fields) {
      const kept = edit.props[field];
      const reference = field === 'name' ? entity.name : field === 'aliases' ? undefined : entity.props[field];
      if (reference !== undefined && reference !== null && String(reference) !== String(kept)) conflicts.push({ id: entity.id, field, kept, reference });
      if (field === 'name' && typeof kept === 'string') next.name = kept;
      else delete next.props[field];
    }
    return [next];
  });
  const relink = (links: ReferenceLinkRow[]) => links.map((l) => ({ ...l, from: mergedInto.get(l.from) ?? l.from, to: mergedInto.get(l.to) ?? l.to }));
  return {
    plan: {
      entities,
      leaderOf: relink(plan.leaderOf),
      memberOf: relink(plan.memberOf),
      partyTo: relink(plan.partyTo),
      partOf: relink(plan.partOf),
      negotiatedIn: relink(plan.negotiatedIn),
      locatedIn: relink(plan.locatedIn),
    },
    conflicts,
  };
}
