import { Executor } from '../../src/graph/executor';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../src/graph/errors';
import { migrate } from '../../src/graph/migrate';
import { clearGraph, testExecutor } from '../support/graph';
import { loadConfig } from '../../src/config';

describe('the executor against a real Neo4j', () => {
  let executor: Executor;

  beforeAll(async () => {
    executor = testExecutor();
    await clearGraph(executor);
  });
  afterAll(() => executor.close());

  it('writes in a write transaction and reads back plain values', async () => {
    await executor.write((q) => q.run('test.putArticle', { id: 'art-exec-1', title: 'Telephone conversation with Emmanuel Macron', published: '2022-02-20' }));
    const rows = await executor.query('test.getArticle', { id: 'art-exec-1' });
    expect(rows).toEqual([{ id: 'art-exec-1', title: 'Telephone conversation with Emmanuel Macron', published: '2022-02-20', year: 2022 }]);
  });

  it('rolls the whole unit back when it fails', async () => {
    await expect(
      executor.write(async (q) => {
        await q.run('test.putArticle', { id: 'art-exec-2', title: 'half', published: '2022-02-21' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await executor.query('test.getArticle', { id: 'art-exec-2' })).toEqual([]);
  });

  it('counts round trips', async () => {
    const before = executor.roundTrips;
    await executor.read(async (q) => {
      await q.run('test.getArticle', { id: 'x' });
      await q.run('test.getArticle', { id: 'y' });
    });
    expect(executor.roundTrips - before).toBe(2);
  });

  it("runs a request's reads under the read timeout: the first as an auto-commit transaction, the later ones in one transaction", async () => {
    const slow = { cypher: 'UNWIND range(1, 400000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n', params: {} };
    const quick = (n: number) => ({ cypher: 'RETURN $n AS n', params: { n } });
    executor.limits = { readTimeoutMs: 300 };
    try {
      const both = await executor.withReadScope(async () => [await executor.readBuilt(quick(1)), await executor.readBuilt(quick(2)), await executor.readBuilt(quick(3))]);
      expect(both).toEqual([[{ n: 1 }], [{ n: 2 }], [{ n: 3 }]]);
      await expect(executor.withReadScope(() => executor.readBuilt(slow))).rejects.toBeInstanceOf(QueryTimeoutError);
      await expect(executor.withReadScope(async () => (await executor.readBuilt(quick(1)), executor.readBuilt(slow)))).rejects.toBeInstanceOf(QueryTimeoutError);
      // a failed statement ends the scope; the next read of the request starts afresh
      expect(await executor.withReadScope(async () => (await executor.readBuilt(slow).catch(() => null), executor.readBuilt(quick(4))))).toEqual([{ n: 4 }]);
    } finally {
      executor.limits = {};
    }
  }, 60_000);

  it('says where it tried when Neo4j is unreachable', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    const unreachable = Executor.fromConfig(config, { maxRetryMs: 500 });
    try {
      const error = await unreachable.query('test.getArticle', { id: 'x' }).catch((e) => e);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect(error.message).toMatch(/not reachable at bolt:\/\/127\.0\.0\.1:1/);
    } finally {
      await unreachable.close();
    }
  }, 60_000);

  it('migrates twice harmlessly, with one uniqueness constraint per node label', async () => {
    await migrate(executor);
    await migrate(executor);
    const rows = await executor.autoCommit("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties");
    const designLabels = ['Agreement', 'Article', 'Event', 'Format', 'Group', 'Organization', 'Person', 'Place', 'State', 'Topic'];
    for (const label of designLabels) {
      const onLabel = rows.filter((r) => r.label === label);
      expect(onLabel).toHaveLength(1);
      expect(onLabel[0].properties).toEqual(['id']);
    }
    // The lock that serialises writers of the same happening is unique on its key.
    expect(rows.filter((r) => r.label === 'EventKey')).toEqual([{ label: 'EventKey', properties: ['key'] }]);
  });
});
