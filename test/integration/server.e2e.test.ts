import { Executor } from '../../src/graph/executor';
import { RunningApp, startApp } from '../../src/server';
import { testExecutor } from '../support/graph';
import { loadConfig } from '../../src/config';

async function post(url: string, query: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: await response.json() };
}

describe('the GraphQL server over HTTP', () => {
  let executor: Executor;
  let app: RunningApp;

  beforeAll(async () => {
    executor = testExecutor();
    app = await startApp({ executor, port: 0, log: () => {} });
  });
  afterAll(async () => {
    await app.stop();
    await executor.close();
  });

  it('reports Neo4j connected, with its version', async () => {
    const { status, body } = await post(app.url, '{ health { neo4j version edition } }');
    expect(status).toBe(200);
    expect(body.data.health.neo4j).toBe('CONNECTED');
    expect(body.data.health.version).toMatch(/^5\.26\./);
  });

  it('reports Neo4j unavailable, saying where it looked, when it cannot reach it', async () => {
    const down = Executor.fromConfig(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' }), { maxRetryMs: 500 });
    const other = await startApp({ executor: down, port: 0, log: () => {} });
    try {
      const { body } = await post(other.url, '{ health { neo4j address message } }');
      expect(body.data.health.neo4j).toBe('UNAVAILABLE');
      expect(body.data.health.message).toMatch(/not reachable at bolt:\/\/127\.0\.0\.1:1/);
    } finally {
      await other.stop();
      await down.close();
    }
  }, 60_000);

  it('answers a malformed body with a clear 400', async () => {
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/not valid JSON/);
  });
});
