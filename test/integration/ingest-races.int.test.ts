import { ArticleIngestService } from '../../src/api/article-ingest.service';
import { ArticleRepository } from '../../src/graph/article.repository';
import { Executor } from '../../src/graph/executor';
import { migrate } from '../../src/graph/migrate';
import { extractArticle } from '../../src/ingest/extractor';
import { IngestFailure, ingestPaths } from '../../src/ingest/pipeline';
import { articleFromRecord } from '../../src/model/article';
import { planArticleWrite } from '../../src/model/plan';
import { CorpusRecord, corpusRecords, tempJsonl } from '../support/corpus';
import { clearGraph, testExecutor } from '../support/graph';

/**
 * Two versions of one article id written at once must never mix: the article ends with the title,
 * hash and evidence of one version, and with all of that version's evidence.
 */

/** Corpus articles with a few events each, from distinct days, to serve as rival versions of one id. */
function versions(count: number): CorpusRecord[] {
  const picked: CorpusRecord[] = [];
  const days = new Set<string>();
  for (const record of corpusRecords()) {
    const day = record.published.slice(0, 10);
    if (days.has(day) || record.text.length > 6000) continue;
    const article = articleFromRecord(record, record.id);
    if (planArticleWrite(article, extractArticle(article)).events.length < 3) continue;
    days.add(day);
    picked.push(record);
    if (picked.length === count) break;
  }
  return picked;
}

const asVersion = (record: CorpusRecord, id: string): CorpusRecord => ({ ...record, id });
const hashOf = (r: CorpusRecord) => articleFromRecord(r, r.id).contentHash;

interface Stored {
  hash: string;
  title: string | null;
  evidence: string[];
}

async function stored(executor: Executor, id: string): Promise<Stored> {
  const [row] = await executor.autoCommit(
    `MATCH (a:Article {id: $id})
     RETURN a.contentHash AS hash, a.title AS title,
            COLLECT { MATCH (a)<-[r:REPORTED_IN]-(:Event) RETURN toString(r.start) + ':' + r.sentence AS x ORDER BY x } AS evidence`,
    { id },
  );
  return { hash: String(row.hash), title: (row.title as string | null) ?? null, evidence: row.evidence as string[] };
}

/**
 * The article `id` is whole and of one version: its hash names the version, its title is that
 * version's, and its evidence is exactly what the same version gets written under another id.
 */
async function expectOneVersion(executor: Executor, repository: ArticleRepository, id: string, rivals: CorpusRecord[]): Promise<number> {
  const article = await stored(executor, id);
  const winner = rivals.findIndex((r) => hashOf(r) === article.hash);
  expect(winner).toBeGreaterThanOrEqual(0);
  expect(article.title).toBe(rivals[winner].title ?? null);
  const solo = `${id}.solo`;
  await ingestPaths(repository, [tempJsonl([asVersion(rivals[winner], solo)])], { extract: extractArticle });
  const alone = await stored(executor, solo);
  expect(alone.evidence.length).toBeGreaterThan(0);
  expect(article.evidence).toEqual(alone.evidence);
  return winner;
}

describe('ingestion under races on one article id', () => {
  let executor: Executor;
  let repository: ArticleRepository;

  beforeAll(async () => {
    executor = testExecutor();
    repository = new ArticleRepository(executor);
  });
  afterAll(() => executor.close());
  beforeEach(async () => {
    await clearGraph(executor);
    await migrate(executor);
  });

  it('keeps the first of two lines with one id in a file and names the later line', async () => {
    const pool = versions(40);
    const lines = Array.from({ length: 20 }, (_, i) => [asVersion(pool[2 * i], `pair-${i}`), asVersion(pool[2 * i + 1], `pair-${i}`)]).flat();
    const file = tempJsonl(lines);
    const failures: IngestFailure[] = [];
    const stats = await ingestPaths(repository, [file], { extract: extractArticle, concurrency: 4, onFailure: (f) => failures.push(f) });
    expect(stats).toMatchObject({ read: 40, written: 20, failed: 20 });
    expect(failures.map((f) => f.where).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `${file}:${2 * i + 2}`).sort());
    for (const failure of failures) expect(failure.error).toMatch(new RegExp(`^id: "pair-\\d+" was read before at ${file}:\\d+ with other content`));
    for (let i = 0; i < 20; i++) {
      expect(await expectOneVersion(executor, repository, `pair-${i}`, [pool[2 * i], pool[2 * i + 1]])).toBe(0);
    }
  }, 600_000);

  it('never mixes two concurrent writers of the same 20 ids with other content', async () => {
    const pool = versions(40);
    const first = tempJsonl(Array.from({ length: 20 }, (_, i) => asVersion(pool[i], `rival-${i}`)));
    const second = tempJsonl(Array.from({ length: 20 }, (_, i) => asVersion(pool[20 + i], `rival-${i}`)));
    const other = testExecutor();
    try {
      const runs = await Promise.all([
        ingestPaths(repository, [first], { extract: extractArticle, concurrency: 2, batchSize: 4 }),
        ingestPaths(new ArticleRepository(other), [second], { extract: extractArticle, concurrency: 2, batchSize: 1 }),
      ]);
      for (const run of runs) expect(run.failed).toBe(0);
    } finally {
      await other.close();
    }
    for (let i = 0; i < 20; i++) await expectOneVersion(executor, repository, `rival-${i}`, [pool[i], pool[20 + i]]);
  }, 600_000);

  it('never mixes 10 concurrent ingestArticle calls of one id through the API service', async () => {
    const rivals = versions(10).map((r) => asVersion(r, 'api-race'));
    const service = new ArticleIngestService(repository, extractArticle);
    const results = await Promise.all(
      rivals.map((r) => service.ingest({ id: r.id, text: r.text, title: r.title, published: r.published, publisher: r.publisher, url: r.url })),
    );
    expect(results.filter((r) => r.status === 'written')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'replaced')).toHaveLength(9);
    await expectOneVersion(executor, repository, 'api-race', rivals);
  }, 600_000);
});
