import { loadConfig } from '../../src/config';
import { ArticleRepository } from '../../src/graph/article.repository';
import { Executor } from '../../src/graph/executor';
import { migrate } from '../../src/graph/migrate';
import { extractArticle } from '../../src/ingest/extractor';
import { ingestPaths } from '../../src/ingest/pipeline';
import { AppOptions, RunningApp, startApp } from '../../src/server';
import { SEED_JSONL } from './corpus';

/** An executor on the tests' Neo4j (the global setup put its URI in NEO4J_URI). */
export function testExecutor(): Executor {
  return Executor.fromConfig(loadConfig());
}

/** Removes every node and relationship, keeping the schema: each test file starts from nothing. */
export async function clearGraph(executor: Executor): Promise<void> {
  await executor.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}

export async function countGraph(executor: Executor): Promise<{ nodes: number; relationships: number }> {
  const [row] = await executor.autoCommit('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}

/** A comparable picture of the graph: node counts by label, relationship counts by type, and every event. */
export async function graphSignature(executor: Executor): Promise<{ labels: unknown; types: unknown; events: unknown }> {
  const labels = await executor.autoCommit('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label');
  const types = await executor.autoCommit('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  const events = await executor.autoCommit(
    'MATCH (e:Event) RETURN e.id AS id, e.type AS type, e.date AS date, e.mergeKey AS key, e.sources AS sources, COUNT { (e)-[:REPORTED_IN]->() } AS reports ORDER BY id',
  );
  return { labels, types, events };
}

/** An empty graph, migrated, with the seed article ingested: the starting point of the API, export and browser tests. */
export async function freshSeedGraph(executor: Executor): Promise<void> {
  await clearGraph(executor);
  await migrate(executor);
  const stats = await ingestPaths(new ArticleRepository(executor), [SEED_JSONL], { extract: extractArticle });
  if (stats.written !== 1 || stats.failed !== 0) throw new Error(`the seed was not written: ${JSON.stringify(stats)}`);
}

/** The seed graph served on a free port: the fixture of the API, browser and docs tests. */
export async function seedApp(options: Partial<AppOptions> = {}): Promise<{ executor: Executor; app: RunningApp }> {
  const executor = testExecutor();
  await freshSeedGraph(executor);
  const app = await startApp({ executor, port: 0, log: () => {}, ...options });
  return { executor, app };
}

/**
 * The seed graph served for the tests of one describe block: started before them, stopped after.
 * `take` receives it, so the block keeps its own `executor` and `app` variables.
 */
export function useSeedApp(take: (seeded: { executor: Executor; app: RunningApp }) => void, options: Partial<AppOptions> = {}): void {
  let seeded: { executor: Executor; app: RunningApp } | undefined;
  beforeAll(async () => {
    seeded = await seedApp(options);
    take(seeded);
  }, 180_000);
  afterAll(async () => {
    await seeded?.app.stop();
    await seeded?.executor.close();
  });
}
