import { applyCuration, CuratedEntity, CurationConflict } from '../model/curation';
import { ReferencePlan } from '../model/reference-plan';
import { Executor } from './executor';

export interface ReferenceLoadReport {
  entities: number;
  links: number;
  /** reference values that differ from a curator's edit (the edit was kept) */
  conflicts: CurationConflict[];
}

const LINKS: Array<[keyof Omit<ReferencePlan, 'entities'>, string]> = [
  ['leaderOf', 'reference.linkLEADER_OF'],
  ['memberOf', 'reference.linkMEMBER_OF'],
  ['partyTo', 'reference.linkPARTY_TO'],
  ['partOf', 'reference.linkPART_OF'],
  ['negotiatedIn', 'reference.linkNEGOTIATED_IN'],
  ['locatedIn', 'reference.linkLOCATED_IN'],
];

/** Loads the reference knowledge (states, leaders, organisations, formats, agreements, places) in one transaction. */
export class ReferenceRepository {
  constructor(private readonly executor: Executor) {}

  /** Loads the plan over the graph in one transaction; curators' edits and merges are kept (see applyCuration). */
  load(reference: ReferencePlan): Promise<ReferenceLoadReport> {
    return this.executor.write(async (q) => {
      const curated = (await q.run('reference.curated')) as unknown as CuratedEntity[];
      const { plan, conflicts } = applyCuration(reference, curated);
      const [entities] = await q.run('reference.upsertEntities', { entities: plan.entities });
      let links = 0;
      for (const [field, query] of LINKS) {
        const [row] = await q.run(query, { links: plan[field] });
        links += Number(row?.links ?? 0);
      }
      return { entities: Number(entities?.entities ?? 0), links, conflicts };
    }, 'reference.load');
  }
}
