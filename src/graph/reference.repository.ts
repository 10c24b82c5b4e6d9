import { ReferencePlan } from '../model/reference-plan';
import { Executor } from './executor';

export interface ReferenceLoadReport {
  entities: number;
  links: number;
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

  load(plan: ReferencePlan): Promise<ReferenceLoadReport> {
    return this.executor.write(async (q) => {
      const [entities] = await q.run('reference.upsertEntities', { entities: plan.entities });
      let links = 0;
      for (const [field, query] of LINKS) {
        const [row] = await q.run(query, { links: plan[field] });
        links += Number(row?.links ?? 0);
      }
      return { entities: Number(entities?.entities ?? 0), links };
    }, 'reference.load');
  }
}
