import { defaultSecurity } from '../../src/config';
import { Executor } from '../../src/graph/executor';
import { RunningApp } from '../../src/server';
import { useSeedApp } from '../support/graph';
import { apiToken, gql } from './api.support';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Health is what a load balancer asks: it must not wait behind the reads of a busy server. Here
 * every turn to read is taken (one read, held open), so a query waits in the admission queue;
 * health answers at once all the same.
 */
describe('health while every turn to read is taken', () => {
  let executor: Executor;
  let app: RunningApp;

  useSeedApp((seeded) => ({ executor, app } = seeded), { security: defaultSecurity({ readConcurrency: 1, readQueue: 10, readQueueWaitMs: 3000 }) });

  /** Takes the one turn to read and keeps it until `release`: a read held open in a request's scope. */
  async function holdTheTurn(): Promise<{ release: () => void; holder: Promise<void> }> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    const holder = executor.withReadScope(() =>
      executor.read(async (q) => {
        await q.run('test.getArticle', { id: 'held' });
        holding = true;
        await held;
      }),
    );
    while (!holding) await sleep(10);
    return { release, holder };
  }

  it('answers health for anonymous within 250 ms while a query waits for its turn, which it gets when the turn comes free', async () => {
    expect((await gql(app.url, '{ health { neo4j } }')).body.data.health.neo4j).toBe('CONNECTED');
    const { release, holder } = await holdTheTurn();
    let answered = false;
    const waiting = gql(app.url, '{ statistics { articles } }').then((r) => ((answered = true), r));
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const began = performance.now();
      const health = await gql(app.url, '{ health { neo4j } }');
      waits.push(performance.now() - began);
      expect(health.body.data.health.neo4j).toBe('CONNECTED');
      await sleep(50);
    }
    expect(answered).toBe(false);
    expect(Math.max(...waits)).toBeLessThan(250);
    release();
    await holder;
    const statistics = await waiting;
    expect(statistics.body.errors).toBeUndefined();
    expect(statistics.body.data.statistics.articles).toBe(1);
  });

  it('answers SERVICE_UNAVAILABLE to a query whose turn does not come within the wait, and health stays CONNECTED', async () => {
    const token = await apiToken(executor, 'reader');
    const { release, holder } = await holdTheTurn();
    const began = performance.now();
    const [refused, keyed] = await Promise.all([
      gql(app.url, '{ statistics { articles } }'),
      // Looking up a bearer key is a read too: when it gets no turn, the answer is the same, not a 500.
      gql(app.url, '{ health { neo4j } }', undefined, undefined, token),
    ]);
    const ms = performance.now() - began;
    release();
    expect(keyed.status).toBe(200);
    expect(keyed.body.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    await holder;
    expect(refused.body.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(refused.body.errors![0].message).not.toMatch(/bolt|neo4j:/i);
    expect(ms).toBeGreaterThanOrEqual(2900);
    expect(ms).toBeLessThan(5000);
    expect((await gql(app.url, '{ health { neo4j } }')).body.data.health.neo4j).toBe('CONNECTED');
  });
});
