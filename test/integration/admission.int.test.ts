import { Admission } from '../../src/graph/admission';
import { GraphError } from '../../src/graph/errors';
import { Executor } from '../../src/graph/executor';
import { clearGraph, testExecutor } from '../support/graph';

/** A promise and the function that settles it: a read that holds its turn until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Read transactions of this app that Neo4j is running now. */
async function openReads(executor: Executor): Promise<number> {
  const [row] = await executor.autoCommit('SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = "diplograph" AND metaData.op = "request" RETURN count(*) AS n');
  return Number(row.n);
}

describe('admission control of reads against a real Neo4j', () => {
  let executor: Executor;

  beforeAll(async () => {
    executor = testExecutor();
    await clearGraph(executor);
  });
  afterEach(() => (executor.limits = {}));
  afterAll(() => executor.close());

  /** One request's reads (in a read scope, as the server runs them): the first runs auto-commit, the
   * second opens the request's read transaction, which it holds until `until`. */
  const request = (until: Promise<void>, started: string[], name: string) =>
    executor.withReadScope(async () => {
      await executor.read(async (q) => {
        started.push(name);
        return q.run('test.getArticle', { id: name });
      });
      await executor.read((q) => q.run('test.getArticle', { id: name }));
      await until;
      return name;
    });

  it('runs at most the allowed reads at once, the rest in arrival order, and refuses one more than the queue holds at once', async () => {
    const admission = new Admission({ running: 2, queue: 3, waitMs: 30_000 });
    executor.limits = { admission };
    const hold = gate();
    const started: string[] = [];
    const requests = ['r1', 'r2', 'r3', 'r4', 'r5'].map((name) => request(hold.opened, started, name));
    while (started.length < 2) await sleep(10);
    await sleep(200);
    expect(started).toEqual(['r1', 'r2']);
    expect(admission.load).toEqual({ running: 2, waiting: 3 });
    expect(await openReads(executor)).toBe(2);

    const t0 = performance.now();
    const refused = await request(Promise.resolve(), started, 'r6').catch((error) => error);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(refused).toBeInstanceOf(GraphError);
    expect(refused.code).toBe('SERVICE_UNAVAILABLE');

    hold.open();
    expect(await Promise.all(requests)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(started).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
    expect(await openReads(executor)).toBe(0);
  });

  it('refuses a read that waited past the limit, and the turn it waited for is not lost', async () => {
    const admission = new Admission({ running: 1, queue: 10, waitMs: 300 });
    executor.limits = { admission };
    const hold = gate();
    const started: string[] = [];
    const holder = request(hold.opened, started, 'holder');
    const t0 = performance.now();
    const waited = await request(Promise.resolve(), started, 'waiter').catch((error) => error);
    const ms = performance.now() - t0;
    expect(waited.code).toBe('SERVICE_UNAVAILABLE');
    expect(waited.message).toMatch(/300 ms/);
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(2000);
    hold.open();
    await holder;
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
    expect(await request(Promise.resolve(), started, 'after')).toBe('after');
    expect(started).toEqual(['holder', 'after']);
  });

  it('starts the transaction timeout when the read gets its turn, not when it starts waiting', async () => {
    executor.limits = { readTimeoutMs: 2000, admission: new Admission({ running: 1, queue: 10, waitMs: 30_000 }) };
    // Each request keeps its transaction 1.2 s: the second waits 1.2 s, then runs 1.2 s, 2.4 s after it asked.
    const slowRead = (name: string) =>
      executor.withReadScope(async () => {
        await executor.read((q) => q.run('test.getArticle', { id: name }));
        await executor.read((q) => q.run('test.getArticle', { id: name }));
        await sleep(1200);
        await executor.read((q) => q.run('test.getArticle', { id: name }));
        return name;
      });
    expect(await Promise.all([slowRead('first'), slowRead('second')])).toEqual(['first', 'second']);
  });

  it('gives a turn back when the read fails', async () => {
    const admission = new Admission({ running: 1, queue: 10, waitMs: 30_000 });
    executor.limits = { admission };
    const failing = await executor
      .withReadScope(() => executor.readBuilt({ cypher: 'RETURN date($text) AS x', params: { text: 'not a date' } }))
      .catch((error) => error);
    expect(failing).toBeInstanceOf(GraphError);
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
    expect(await executor.readBuilt({ cypher: 'RETURN 1 AS x', params: {} })).toEqual([{ x: 1 }]);
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
  });
});
