import { ArticleRepository } from '../../src/graph/article.repository';
import { Executor } from '../../src/graph/executor';
import { migrate } from '../../src/graph/migrate';
import { PositionRepository } from '../../src/graph/position.repository';
import { extractArticle } from '../../src/ingest/extractor';
import { ingestPaths } from '../../src/ingest/pipeline';
import { isVocabularyTopic } from '../../src/extract/topics';
import { CORPUS_FILES } from '../support/corpus';
import { clearGraph, testExecutor } from '../support/graph';

/**
 * What an analyst sees first on the ingested corpus (the three corpus files, 2,016 articles):
 * leaders acting on their own state, and what the leaders' positions are about.
 */
describe('extraction quality on the ingested corpus', () => {
  let executor: Executor;
  let leaders: { id: string; name: string; country: string; events: number; ownState: number }[];

  beforeAll(async () => {
    executor = testExecutor();
    await clearGraph(executor);
    await migrate(executor);
    const stats = await ingestPaths(new ArticleRepository(executor), CORPUS_FILES, { extract: extractArticle, concurrency: 2, batchSize: 16 });
    expect(stats.failed).toBe(0);
    const rows = await executor.autoCommit(
      `MATCH (p:Person)<-[:BY]-(e:Event)
       WITH p, count(DISTINCT e) AS events
       ORDER BY events DESC, p.id LIMIT 10
       OPTIONAL MATCH (p)<-[:BY]-(o:Event)-[:TOWARD]->(s:State) WHERE s.id = 'state:' + p.country
       RETURN p.id AS id, p.name AS name, p.country AS country, events, count(DISTINCT o) AS ownState
       ORDER BY events DESC, id`,
    );
    leaders = rows.map((r) => ({ id: String(r.id), name: String(r.name), country: String(r.country), events: Number(r.events), ownState: Number(r.ownState) }));
  }, 900_000);
  afterAll(() => executor.close());

  it('the ten leaders with the most events act on their own state in under 2% of them', () => {
    expect(leaders).toHaveLength(10);
    for (const l of leaders) {
      console.log(`own state: ${l.name} (${l.country}): ${l.ownState} of ${l.events} events = ${((100 * l.ownState) / l.events).toFixed(1)}%`);
    }
    for (const l of leaders) expect(l.ownState / l.events).toBeLessThan(0.02);
  });

  it('every object of the ten leaders\' positions is an entity or a topic of the vocabulary', async () => {
    const positions = await new PositionRepository(executor).byActors(leaders.map((l) => l.id));
    const bad: string[] = [];
    for (const l of leaders) {
      const list = positions.get(l.id) ?? [];
      const objects = list.map((p) => p.object);
      if (/Putin|Zelensk/.test(l.name)) {
        console.log(`top positions of ${l.name}: ${list.slice(0, 15).map((p) => `${p.object.name ?? p.object.label} (${p.object.kind}, ${p.stance}, ${p.supporting + p.opposing})`).join('; ')}`);
      }
      console.log(`position objects of ${l.name}: ${objects.map((o) => o.name ?? o.label).join(', ')}`);
      for (const o of objects) if (o.kind === 'Topic' && !isVocabularyTopic(o.id.replace(/^topic:/, ''))) bad.push(`${l.name}: ${o.id}`);
    }
    expect(bad).toEqual([]);
  });
});
