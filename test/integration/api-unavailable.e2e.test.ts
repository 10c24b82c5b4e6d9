import { createServer, Server, Socket } from 'node:net';

import { loadConfig } from '../../src/config';
import { Executor } from '../../src/graph/executor';
import { RunningApp, startApp } from '../../src/server';
import { gql } from './api.support';

/** A TCP proxy in front of the tests' Neo4j, to take the database away and bring it back. */
class Proxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(port = 0): Promise<void> {
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as { port: number }).port;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('the API when Neo4j goes away and comes back', () => {
  let proxy: Proxy;
  let executor: Executor;
  let app: RunningApp;
  const logged: string[] = [];

  beforeAll(async () => {
    const uri = new URL(process.env.NEO4J_URI!.replace(/^[a-z+]+:/, 'http:'));
    proxy = new Proxy({ host: uri.hostname, port: Number(uri.port || 7687) });
    await proxy.open();
    executor = Executor.fromConfig(loadConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${proxy.port}` }), { maxRetryMs: 1000 });
    app = await startApp({ executor, port: 0, log: (message) => logged.push(message) });
  });
  afterAll(async () => {
    await app?.stop();
    await executor?.close();
    await proxy?.close();
  });

  it('answers SERVICE_UNAVAILABLE while Neo4j is down, and answers again once it is back, without a restart', async () => {
    const query = '{ statistics { articles } }';
    const up = await gql(app.url, query);
    expect(up.body.errors).toBeUndefined();

    const port = proxy.port;
    await proxy.close();
    const down = await gql(app.url, query);
    expect(down.body.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.body.errors![0].message).toMatch(/database is unavailable/);
    expect(JSON.stringify(down.body)).not.toMatch(/bolt:|127\.0\.0\.1|neo4j:\/\//);
    expect(logged).toEqual([]);

    await proxy.open(port);
    let back = await gql(app.url, query);
    for (let i = 0; i < 10 && back.body.errors; i++) {
      await new Promise((r) => setTimeout(r, 500));
      back = await gql(app.url, query);
    }
    expect(back.body.errors).toBeUndefined();
    expect(typeof back.body.data.statistics.articles).toBe('number');
  }, 60_000);
});
