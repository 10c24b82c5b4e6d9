import { ArticleWritePlan } from '../model/plan';
import { Executor } from './executor';

export type WriteStatus = 'written' | 'replaced' | 'unchanged';

export interface WriteOutcome {
  status: WriteStatus;
  entitiesCreated: number;
  eventsCreated: number;
  eventsMerged: number;
}

/**
 * Writes one article and its facts in one transaction: all of it or nothing. A few batched
 * statements (UNWIND over lists), never a round trip per fact.
 */
export class ArticleRepository {
  constructor(private readonly executor: Executor) {}

  write(plan: ArticleWritePlan): Promise<WriteOutcome> {
    return this.executor.write(async (q) => {
      const [stored] = await q.run('ingest.articleHash', { id: plan.article.id });
      const previous = stored?.hash as string | null | undefined;
      if (previous === plan.article.contentHash) {
        return { status: 'unchanged', entitiesCreated: 0, eventsCreated: 0, eventsMerged: 0 };
      }
      if (previous) await q.run('ingest.detachArticle', { articleId: plan.article.id });
      const [entities] = await q.run('ingest.upsertEntities', { entities: plan.entities });
      await q.run('ingest.upsertArticle', { article: plan.article });
      let eventsCreated = 0;
      let eventsMerged = 0;
      if (plan.events.length > 0) {
        const [events] = await q.run('ingest.upsertEvents', { articleId: plan.article.id, events: plan.events });
        eventsCreated = Number(events?.created ?? 0);
        eventsMerged = Number(events?.merged ?? 0);
      }
      return {
        status: previous ? 'replaced' : 'written',
        entitiesCreated: Number(entities?.created ?? 0),
        eventsCreated,
        eventsMerged,
      };
    }, 'ingest.article');
  }
}
