import { ArticleWritePlan, planBatchWrite } from '../model/plan';
import { Executor, QueryRunner } from './executor';

export type WriteStatus = 'written' | 'replaced' | 'unchanged';

export interface WriteOutcome {
  status: WriteStatus;
  entitiesCreated: number;
  eventsCreated: number;
  eventsMerged: number;
}

export interface BatchOutcome {
  /** by article id */
  statuses: Map<string, WriteStatus>;
  entitiesCreated: number;
  eventsCreated: number;
  eventsMerged: number;
  /** events that a report bridging two runs merged into the earlier one */
  eventsAbsorbed: number;
}

/**
 * Writes articles and their facts, a batch of articles in one transaction: all of it or nothing.
 * Each article's node is locked before its stored hash is read, so two writers of one id take
 * turns and the later one sees what the earlier wrote (unchanged, or replaced whole). A few
 * batched statements (UNWIND over lists), never a round trip per fact.
 */
export class ArticleRepository {
  constructor(private readonly executor: Executor) {}

  async write(plan: ArticleWritePlan): Promise<WriteOutcome> {
    const outcome = await this.writeBatch([plan]);
    return {
      status: outcome.statuses.get(plan.article.id)!,
      entitiesCreated: outcome.entitiesCreated,
      eventsCreated: outcome.eventsCreated,
      eventsMerged: outcome.eventsMerged,
    };
  }

  writeBatch(plans: ArticleWritePlan[]): Promise<BatchOutcome> {
    return this.executor.write((q) => writeInTransaction(q, plans), 'ingest.articles');
  }
}

/**
 * Rows one statement sends at most. The driver encodes a statement's parameters on the event loop
 * in one go, so a 2 M-character article's 11,000 events in one statement held every other request
 * up for most of a second; in statements of this many rows, in the same transaction and in the same
 * (lock) order, each pause is short and the other requests get their turns in between.
 */
export const ROWS_PER_STATEMENT = 250;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) out.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

async function writeInTransaction(q: QueryRunner, plans: ArticleWritePlan[]): Promise<BatchOutcome> {
  const ids = plans.map((p) => p.article.id).sort();
  const stored = new Map((await q.run('ingest.lockArticles', { ids })).map((r) => [String(r.id), (r.hash as string | null) ?? null]));
  const statuses = new Map<string, WriteStatus>();
  const changed = plans.filter((p) => {
    const previous = stored.get(p.article.id) ?? null;
    statuses.set(p.article.id, previous === p.article.contentHash ? 'unchanged' : previous ? 'replaced' : 'written');
    return previous !== p.article.contentHash;
  });
  const outcome: BatchOutcome = { statuses, entitiesCreated: 0, eventsCreated: 0, eventsMerged: 0, eventsAbsorbed: 0 };
  if (changed.length === 0) return outcome;
  const replaced = changed.filter((p) => statuses.get(p.article.id) === 'replaced').map((p) => p.article.id);
  if (replaced.length > 0) await q.run('ingest.detachArticle', { articleIds: replaced });
  const batch = planBatchWrite(changed);
  for (const entities of chunks(batch.entities)) {
    const [row] = await q.run('ingest.upsertEntities', { entities });
    outcome.entitiesCreated += Number(row?.created ?? 0);
  }
  await q.run('ingest.upsertArticle', { articles: batch.articles });
  for (const events of chunks(batch.events)) {
    const [row] = await q.run('ingest.upsertEvents', { events });
    outcome.eventsCreated += Number(row?.created ?? 0);
    outcome.eventsMerged += Number(row?.merged ?? 0);
    outcome.eventsAbsorbed += Number(row?.absorbed ?? 0);
  }
  return outcome;
}
