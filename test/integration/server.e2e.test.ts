import { Executor } from '../../src/graph/executor';
import { RunningApp, startApp } from '../../src/server';
import { testExecutor } from '../support/graph';
import { defaultSecurity, loadConfig } from '../../src/config';
import { SignJWT } from 'jose';
import { apiToken } from './api.support';

async function post(url: string, query: string, token?: string): Promise<{ status: number; body: any }> {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { status: response.status, body: await response.json() };
}

const JWT = { secret: 'a-test-secret-of-at-least-32-characters', issuer: 'https://idp.example.org', audience: 'diplograph', roleClaim: 'role' };
const adminJwt = () => new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('ops').setIssuer(JWT.issuer).setAudience(JWT.audience).setExpirationTime('5m').sign(Buffer.from(JWT.secret));

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

  it('reports Neo4j connected: to anyone the status only, to an admin with its version', async () => {
    const anonymous = await post(app.url, '{ health { neo4j version edition address message } }');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data.health).toEqual({ neo4j: 'CONNECTED', version: null, edition: null, address: null, message: null });
    const { body } = await post(app.url, '{ health { neo4j version edition } }', await apiToken(executor, 'admin'));
    expect(body.data.health.neo4j).toBe('CONNECTED');
    expect(body.data.health.version).toMatch(/^5\.26\./);
  });

  it('reports Neo4j unavailable, saying where it looked, when it cannot reach it', async () => {
    const down = Executor.fromConfig(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' }), { maxRetryMs: 500 });
    // API keys live in the database that is down: an admin here signs in with a JWT.
    const other = await startApp({ executor: down, port: 0, log: () => {}, security: defaultSecurity({ jwt: JWT }) });
    try {
      const anonymous = await post(other.url, '{ health { neo4j address message } }');
      expect(anonymous.body.data.health).toEqual({ neo4j: 'UNAVAILABLE', address: null, message: null });
      const { body } = await post(other.url, '{ health { neo4j address message } }', await adminJwt());
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
