import { ArticleRepository } from '../../src/graph/article.repository';
import { Executor } from '../../src/graph/executor';
import { migrate } from '../../src/graph/migrate';
import { extractArticle } from '../../src/ingest/extractor';
import { ingestPaths, IngestStats } from '../../src/ingest/pipeline';
import { corpusRecord, SEED_JSONL, tempJsonl } from '../support/corpus';
import { clearGraph, countGraph, testExecutor } from '../support/graph';

describe('ingestion into a real Neo4j', () => {
  let executor: Executor;
  let repository: ArticleRepository;
  const ingest = (paths: string[]): Promise<IngestStats> => ingestPaths(repository, paths, { extract: extractArticle });

  beforeAll(async () => {
    executor = testExecutor();
    repository = new ArticleRepository(executor);
    await clearGraph(executor);
    await migrate(executor);
  });
  afterAll(() => executor.close());

  it('holds the seed facts as the design shapes them, with evidence', async () => {
    const stats = await ingest([SEED_JSONL]);
    expect(stats).toMatchObject({ read: 1, written: 1, failed: 0 });
    const rows = await executor.autoCommit(`
      MATCH (p:Person {name: 'Vladimir Putin'})-[a:ACCUSED]->(target)
      MATCH (e:Event {id: a.event})-[r:REPORTED_IN]->(art:Article)
      WHERE (e)-[:BY]->(p)
      RETURN target.name AS target, e.type AS type, e.plover AS plover, r.sentence AS sentence, r.speaker AS speaker, art.id AS article, e.date AS date`);
    const militants = rows.find((r) => /militants/i.test(String(r.target)));
    expect(militants).toMatchObject({
      type: 'ACCUSED',
      plover: 'ACCUSE',
      article: 'tdi-2022-02-21-putin-macron-call',
      sentence: expect.stringContaining('Ukrainian militants started the escalation'),
    });
    const call = await executor.autoCommit(`
      MATCH (e:Event {type: 'MET_WITH'})-[:BY|TOWARD]->(:Person {name: 'Vladimir Putin'})
      MATCH (e)-[:BY|TOWARD]->(:Person {name: 'Emmanuel Macron'})
      RETURN e.date AS date, e.mode AS mode`);
    // the seed's "telephonic dialogue" gave the phone mode by a word kept for the seed alone,
    // removed by issue 9: the call and its date remain
    expect(call.map((c) => c.date)).toContain('2022-02-20');
    const visits = await executor.autoCommit(
      "MATCH (e:Event {type: 'VISITED'})-[:BY]->(:Person {name: 'Emmanuel Macron'}) MATCH (e)-[r:REPORTED_IN]->() RETURN e.date AS date, e.dateSource AS dateSource, r.sentence AS sentence ORDER BY date",
    );
    // "visited Russia on February 7" is dated by the text; "Previously, ... visited Moscow" only by the article
    expect(visits).toContainEqual({ date: '2022-02-07', dateSource: 'text', sentence: 'President Emmanuel Macron visited Russia on February 7.' });
    expect(visits).toContainEqual(expect.objectContaining({ date: '2022-02-21', dateSource: 'article' }));
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await countGraph(executor);
    const stats = await ingest([SEED_JSONL]);
    expect(stats).toMatchObject({ read: 1, unchanged: 1, written: 0, replaced: 0 });
    expect(await countGraph(executor)).toEqual(before);
  });

  it('replaces the events of a changed article and leaves no stale ones', async () => {
    const original = corpusRecord('whitehouse-2022-02-12-readout-of-president-bidens-call-with-president-vladimir-putin-of-russia');
    const first = await ingest([tempJsonl([original])]);
    const firstText = original.text.slice(0, original.text.indexOf('. ', 80) + 1);
    expect(firstText.length).toBeGreaterThan(20);
    expect(firstText.length).toBeLessThan(original.text.length / 2);
    const shortened = { ...original, text: firstText };
    const stats = await ingest([tempJsonl([shortened])]);
    expect(first.written).toBe(1);
    expect(stats).toMatchObject({ replaced: 1, failed: 0 });
    const evidence = await executor.autoCommit(
      'MATCH (e:Event)-[r:REPORTED_IN]->(:Article {id: $id}) RETURN r.sentence AS sentence',
      { id: original.id },
    );
    expect(evidence.length).toBeGreaterThan(0);
    for (const row of evidence) expect(firstText).toContain(String(row.sentence));
    const orphans = await executor.autoCommit('MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->() RETURN count(e) AS n');
    expect(orphans[0].n).toBe(0);
    const staleEdges = await executor.autoCommit('MATCH ()-[p]->() WHERE p.event IS NOT NULL AND NOT EXISTS { MATCH (e:Event {id: p.event}) } RETURN count(p) AS n');
    expect(staleEdges[0].n).toBe(0);
  });

  it('merges a call that two publishers report into one event with two sources', async () => {
    const whiteHouse = corpusRecord('whitehouse-2021-12-09-readout-of-president-bidens-call-with-president-zelenskyy-of-ukraine');
    const kyiv = corpusRecord('ukraine-president-prezident-ukrayini-proviv-telefonnu-rozmovu-z-prezidentom-ss-71949');
    await ingest([tempJsonl([whiteHouse]), tempJsonl([kyiv])]);
    const rows = await executor.autoCommit(`
      MATCH (e:Event {type: 'MET_WITH'})-[:BY|TOWARD]->(:Person {id: 'person:joe-biden'})
      MATCH (e)-[:BY|TOWARD]->(:Person {id: 'person:volodymyr-zelenskyy'})
      WHERE e.date = date('2021-12-09')
      WITH DISTINCT e
      MATCH (e)-[:REPORTED_IN]->(a:Article)
      RETURN e.id AS id, e.sources AS sources, collect(DISTINCT a.publisher) AS publishers`);
    expect(rows).toHaveLength(1);
    expect(rows[0].sources).toBe(2);
    expect((rows[0].publishers as string[]).sort()).toEqual(['The White House', 'president.gov.ua'].sort());
  });

  it('loads the reference knowledge twice without a change', async () => {
    const before = await countGraph(executor);
    await migrate(executor);
    expect(await countGraph(executor)).toEqual(before);
    const normandy = await executor.autoCommit("MATCH (s:State)-[:MEMBER_OF]->(:Format {id: 'format:normandy'}) RETURN s.iso3 AS iso3 ORDER BY iso3");
    expect(normandy.map((r) => r.iso3)).toEqual(['DEU', 'FRA', 'RUS', 'UKR']);
    const minsk = await executor.autoCommit("MATCH (:Agreement {id: 'agreement:minsk-protocol'})-[:PART_OF]->(g:Agreement) RETURN g.id AS id");
    expect(minsk).toEqual([{ id: 'agreement:minsk-agreements' }]);
  });
});
