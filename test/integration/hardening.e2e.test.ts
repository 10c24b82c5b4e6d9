import neo4j from 'neo4j-driver';
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { SignJWT } from 'jose';

import { defaultSecurity, loadConfig } from '../../src/config';
import { Executor } from '../../src/graph/executor';
import { KeyRepository } from '../../src/graph/key.repository';
import { PaxRepository } from '../../src/graph/pax.repository';
import { RunningApp, startApp } from '../../src/server';
import { extract } from '../../src/extract';
import { slug } from '../../src/extract/text/normalize';
import { corpusRecords } from '../support/corpus';
import { seedApp } from '../support/graph';
import { apiToken, gql } from './api.support';

/** The rows of issue 10's table, each as a hostile client tried it (loopback, the tests' own Neo4j). */

const PATHOLOGICAL_PATHS = '{ paths(from: "person:vladimir-putin", to: "state:TUV", maxHops: 1, limit: 1) { length } }';
const JWT = { secret: 'another-test-secret-at-least-32-chars', issuer: 'https://idp.example.org', audience: 'diplograph', roleClaim: 'role' };
const jwt = (claims: Record<string, unknown>, audience = JWT.audience) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('researcher').setIssuer(JWT.issuer).setAudience(audience).setExpirationTime('5m').sign(Buffer.from(JWT.secret));

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const began = performance.now();
  const value = await work();
  return { value, ms: performance.now() - began };
}

describe('hardening (issue 10)', () => {
  let executor: Executor;
  let app: RunningApp;
  let tokens: Record<'reader' | 'curator' | 'admin', string>;

  beforeAll(async () => {
    ({ executor, app } = await seedApp({ security: defaultSecurity({ queryTimeoutMs: 2000, jwt: JWT }) }));
    tokens = { reader: await apiToken(executor, 'reader'), curator: await apiToken(executor, 'curator'), admin: await apiToken(executor, 'admin') };
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await executor?.close();
  });

  it('row 1: a path query with no path within maxHops answers (or times out) within the limit and frees its connection', async () => {
    await gql(app.url, PATHOLOGICAL_PATHS);
    const runs = await Promise.all(Array.from({ length: 10 }, () => timed(() => gql(app.url, PATHOLOGICAL_PATHS))));
    for (const { value, ms } of runs) {
      expect(value.status).toBeLessThan(500);
      if (value.body.errors) expect(value.body.errors[0].extensions!.code).toBe('QUERY_TIMEOUT');
      else expect(value.body.data.paths).toEqual([]);
      // the limit, and slack for 10 at once on a shared two-core machine
      expect(ms).toBeLessThan(2000 + 3000);
    }
    const open = await executor.autoCommit('SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.app = "diplograph" AND metaData.op <> "system" RETURN count(*) AS n');
    expect(Number(open[0].n)).toBe(0);
    expect((await gql(app.url, '{ paths(from: "person:emmanuel-macron", to: "person:vladimir-putin", maxHops: 2) { length } }')).body.data.paths.length).toBeGreaterThan(0);
  }, 60_000);

  it('row 2: 16,000 aliased __schema is refused in under a second, and introspection costs like any field', async () => {
    const huge = `{ ${Array.from({ length: 16_000 }, (_, i) => `a${i}: __schema { types { fields { args { name } type { ofType { ofType { name } } } } } }`).join(' ')} }`;
    const refused = await timed(() => gql(app.url, huge));
    expect(refused.ms).toBeLessThan(1000);
    expect(refused.value.status).toBe(413);
    const aliased = await gql(app.url, `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __schema { queryType { name } }`).join(' ')} }`);
    expect(aliased.status).toBe(400);
    expect(aliased.body.errors![0].message).toMatch(/Aliases limit/);
    const tokens = await gql(app.url, `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors![0].message).toMatch(/more that 5000 tokens|Token limit/);
    // Under the alias cap, introspection still pays: fields of types of fields ... cost like any list.
    const nested = await gql(app.url, `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: __schema { types { fields { args { type { fields { name } } } } } }`).join(' ')} }`);
    expect(nested.status).toBe(400);
    expect(nested.body.errors![0].extensions!.code).toBe('OPERATION_TOO_COSTLY');
  });

  it('row 3: an anonymous mutation is UNAUTHENTICATED, a reader is FORBIDDEN, a curator may, reference edits need an admin', async () => {
    const alias = 'mutation { addAlias(id: "person:joe-biden", alias: "Uncle Joe") { aliases } }';
    expect((await gql(app.url, alias)).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await gql(app.url, alias, undefined, undefined, tokens.reader)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await gql(app.url, alias, undefined, undefined, tokens.curator)).body.data.addAlias.aliases).toContain('Uncle Joe');
    const rename = 'mutation { upsertEntity(input: { id: "person:joe-biden", kind: Person, name: "Someone Else" }) { name } }';
    expect((await gql(app.url, rename, undefined, undefined, tokens.curator)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const forged = { input: { id: 'kremlin-forged', text: 'Vladimir Putin held a telephone conversation with Olaf Scholz on February 10.' } };
    const ingest = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }';
    expect((await gql(app.url, ingest, forged)).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    for (const m of ['mutation { mergeEntities(keepId: "person:joe-biden", mergeId: "person:olaf-scholz") { auditId } }', 'mutation { retractEvent(id: "event:00", reason: "forged") { id } }']) {
      expect((await gql(app.url, m)).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const trail = '{ auditTrail(target: "person:joe-biden") { actor role action before after } }';
    expect((await gql(app.url, trail, undefined, undefined, tokens.curator)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [entry] = (await gql(app.url, trail, undefined, undefined, tokens.admin)).body.data.auditTrail;
    expect(entry).toMatchObject({ role: 'curator', action: 'addAlias' });
    expect(entry.before.aliases).not.toContain('Uncle Joe');
    expect(entry.after.aliases).toContain('Uncle Joe');
  });

  it('row 3: keys can be revoked, JWTs are checked for issuer and audience, and a foreign Host is refused', async () => {
    const keys = new KeyRepository(executor);
    const key = await keys.create('curator', 'revoked');
    await keys.revoke(key.id);
    const alias = 'mutation { addAlias(id: "person:olaf-scholz", alias: "Scholzomat") { id } }';
    expect((await gql(app.url, alias, undefined, undefined, key.token)).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await gql(app.url, alias, undefined, undefined, await jwt({ role: 'curator' }))).body.data.addAlias.id).toBe('person:olaf-scholz');
    expect((await gql(app.url, alias, undefined, undefined, await jwt({ role: 'curator' }, 'someone-else'))).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    // fetch will not send a Host of its own choosing; a rebinding page's browser does.
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(app.url, { method: 'POST', headers: { host: 'attacker.example', 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end('{"query":"{ health { neo4j } }"}');
    });
    expect(status).toBe(421);
  });

  it('row 6: root fields cost what their Cypher does: aliased 3-hop neighbourhoods are refused before they run', async () => {
    const five = `{ ${Array.from({ length: 5 }, (_, i) => `n${i}: neighbourhood(id: "state:RUS", hops: 3) { nodes { entity { id } } }`).join(' ')} }`;
    const refused = await timed(() => gql(app.url, five));
    expect(refused.value.body.errors![0].extensions!.code).toBe('OPERATION_TOO_COSTLY');
    expect(refused.ms).toBeLessThan(1000);
    const statistics = `{ ${Array.from({ length: 15 }, (_, i) => `s${i}: statistics { articles }`).join(' ')} ${Array.from({ length: 15 }, (_, i) => `t${i}: statistics { events }`).join(' ')} }`;
    const many = await gql(app.url, statistics);
    expect(many.status).toBe(400);
  });

  it('row 7: a 1.9 M-character ingestArticle does not hold up health (extraction and planning in a worker, the write in short statements)', async () => {
    const base = corpusRecords().map((r) => r.text).join('\n\n');
    const text = base.repeat(Math.ceil(1_900_000 / base.length)).slice(0, 1_900_000);
    // The huge request comes from another process, as it would: this one only asks for health.
    const body = join(tmpdir(), `huge-article-${process.pid}.json`);
    writeFileSync(body, JSON.stringify({ query: 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }', variables: { input: { id: 'huge-article', text } } }));
    const client = `fetch(${JSON.stringify(app.url)}, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ${tokens.curator}' }, body: require('fs').readFileSync(${JSON.stringify(body)}) }).then(async (r) => { await r.text(); process.exit(r.status < 500 ? 0 : 1); }, () => process.exit(2))`;
    const ingest = new Promise<number>((resolve) => execFile(process.execPath, ['-e', client], { timeout: 200_000 }, (error) => resolve(error ? Number((error as { code?: number }).code ?? 1) : 0)));
    let done = false;
    void ingest.finally(() => (done = true));
    // The server runs in this process: the event loop's delay is how long it was held up.
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const waits: number[] = [];
    while (!done && waits.length < 1500) {
      waits.push((await timed(() => gql(app.url, '{ health { neo4j } }'))).ms);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await ingest).toBe(0);
    delay.disable();
    rmSync(body, { force: true });
    expect(waits.length).toBeGreaterThan(3);
    // Extraction and planning run in a worker; what still runs on this thread is reading the request
    // and the driver encoding the plan's rows, 250 a statement (ROWS_PER_STATEMENT). Before the pool,
    // health waited 8 s; with the pool and the plan in one statement, the loop stopped up to 0.9 s.
    // Measured since, at a load average of 9 to 14 on two cores: loop delay p99 65 ms, max 543 ms
    // (one pause not yet accounted for); health at most 0.6 s.
    expect(delay.max / 1e6).toBeLessThan(1000);
    expect(Math.max(...waits)).toBeLessThan(1500);
  }, 240_000);

  it('row 8: no stack traces or connection details reach a client, and a full pool is SERVICE_UNAVAILABLE at once', async () => {
    const typo = await gql(app.url, '{ entiti }');
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.body)).not.toMatch(/stacktrace|\/work\/|node_modules/);
    const config = loadConfig();
    const driver = neo4j.driver(`${process.env.NEO4J_URI}`, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), { maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 300, disableLosslessIntegers: true });
    const small = new Executor(driver, 'bolt://hidden', config.neo4j.user, undefined);
    const busyApp = await startApp({ executor: small, port: 0, log: () => {}, security: defaultSecurity({ queryTimeoutMs: 3000 }) });
    try {
      const slow = gql(busyApp.url, '{ statistics { articles } s2: statistics { events } }');
      const waits = await Promise.all(Array.from({ length: 4 }, () => timed(() => gql(busyApp.url, '{ statistics { articles } }'))));
      await slow;
      const busy = waits.filter((w) => w.value.body.errors);
      for (const w of busy) {
        expect(w.value.body.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
        expect(w.value.body.errors![0].message).not.toMatch(/bolt|hidden|neo4j:/i);
        expect(w.ms).toBeLessThan(2000);
      }
    } finally {
      await busyApp.stop();
      await small.close();
    }
  }, 60_000);

  it('row 9: NUL and lone surrogates are refused naming the field; ids carry their kind; one id for one name; integer PA-X ids; CSP on pages', async () => {
    const curator = (q: string, v?: Record<string, unknown>) => gql(app.url, q, v, undefined, tokens.curator);
    const nul = await curator('mutation ($a: String!) { addAlias(id: "person:olaf-scholz", alias: $a) { id } }', { a: 'Olaf\u0000' });
    expect(nul.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'alias' }] });
    const surrogate = await curator('mutation ($i: ArticleInput!) { ingestArticle(input: $i) { status } }', { i: { text: `Vladimir Putin met Olaf Scholz in Moscow. \ud800 and more` } });
    expect(surrogate.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.text' }] });
    expect((await gql(app.url, '{ entity(id: "pax-1926") { id } }')).body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await curator('mutation { upsertEntity(input: { id: "state:XYZ", kind: Person, name: "X" }) { id } }')).body.errors![0].extensions).toMatchObject({ fields: [{ field: 'input.id' }] });
    // One name, one id: the API resolves a name as extraction does (the reference group), and a new name gets the extractor's slug.
    const extracted = extract({ text: "The Donetsk People's Republic said the ceasefire was broken.", date: '2022-02-18' }).entities.find((e) => /Donetsk/.test(e.name));
    const dpr = await gql(app.url, 'mutation { upsertEntity(input: { kind: Group, name: "Donetsk People\'s Republic" }) { id } }', undefined, undefined, tokens.admin);
    expect(dpr.body.data.upsertEntity.id).toBe(extracted!.id);
    const fresh = await curator('mutation { upsertEntity(input: { kind: Group, name: "Kharkiv People\'s Militia" }) { id } }');
    expect(fresh.body.data.upsertEntity.id).toBe(`group:${slug("Kharkiv People's Militia")}`);
    await new PaxRepository(executor).load([{ paxId: 1926, name: 'Test agreement', signed: '2015-02-12', status: null, agreementType: null, stage: null, stageSub: null, conflict: null, region: null, processId: '77', processName: 'Test process', locations: [] }]);
    const ids = await executor.autoCommit('MATCH (a:Agreement {paxName: "Test agreement"}) RETURN a.id AS id, a.paxId AS paxId');
    expect(ids).toEqual([{ id: 'agreement:pax-1926', paxId: 1926 }]);
    for (const page of ['/playground', '/explore']) {
      const response = await fetch(app.url.replace('/graphql', page));
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});
