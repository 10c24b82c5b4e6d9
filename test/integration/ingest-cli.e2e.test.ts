import { writeFileSync } from 'node:fs';
import { createServer, Server, Socket } from 'node:net';
import { AddressInfo } from 'node:net';

import { Executor } from '../../src/graph/executor';
import { migrate } from '../../src/graph/migrate';
import { extractArticle } from '../../src/ingest/extractor';
import { articleFromRecord } from '../../src/model/article';
import { planArticleWrite } from '../../src/model/plan';
import { runCli } from '../support/cli';
import { corpusRecords, PAX_CSV, SEED_JSONL, tempJsonl } from '../support/corpus';
import { malformedLine } from '../support/malformed';
import { clearGraph, graphSignature, testExecutor } from '../support/graph';

/** Thirty real articles, Biden-Zelenskyy calls among them, split over two files that overlap. */
function overlappingFiles(): [string, string] {
  const records = corpusRecords().filter((r) => /2021-12-0[6-9]|2022-02-1[2-3]/.test(r.published));
  const picked = records.slice(0, 30);
  return [tempJsonl(picked.slice(0, 20), 'a.jsonl'), tempJsonl(picked.slice(10), 'b.jsonl')];
}

describe('diplograph ingest and import-pax, as processes', () => {
  let executor: Executor;

  beforeAll(async () => {
    executor = testExecutor();
  });
  afterAll(() => executor.close());

  beforeEach(async () => {
    await clearGraph(executor);
    await migrate(executor);
  });

  it('makes with two concurrent processes exactly the graph one process makes', async () => {
    const [a, b] = overlappingFiles();
    const single = await runCli(['ingest', '--quiet', a, b]);
    expect(single.code).toBe(0);
    const expected = await graphSignature(executor);

    await clearGraph(executor);
    await migrate(executor);
    const [first, second] = await Promise.all([runCli(['ingest', '--quiet', a, b]), runCli(['ingest', '--quiet', b, a])]);
    expect([first.code, second.code, first.stderr + second.stderr]).toEqual([0, 0, '']);
    expect(await graphSignature(executor)).toEqual(expected);
  }, 300_000);

  it('names the file and line of bad input, ingests the rest and exits 1', async () => {
    const seed = JSON.parse(require('node:fs').readFileSync(SEED_JSONL, 'utf8'));
    const file = tempJsonl([
      seed,
      '{"id": "broken", "text": "unterminated',
      { id: 'no-text', title: 'Readout' },
      { id: 'bad-date', published: 'the day before yesterday', text: 'The leaders agreed to stay in contact.' },
      { id: 'binary', text: 'PK\u0003\u0004\u0000\u0000\u0000' },
    ]);
    const binary = file.replace(/articles\.jsonl$/, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
    const result = await runCli(['ingest', file, binary]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:2: invalid JSON`);
    expect(result.stderr).toContain(`${file}:3: text: is missing`);
    expect(result.stderr).toContain(`${file}:4: published: "the day before yesterday" is not a date`);
    expect(result.stderr).toContain(`${file}:5: text: looks like binary data`);
    expect(result.stderr).toContain(`${binary}: text: looks like binary data`);
    expect(result.stdout).toMatch(/articles: 6 read, 1 written .* 5 failed/);
    const [row] = await executor.autoCommit("MATCH (a:Article {id: 'tdi-2022-02-21-putin-macron-call'}) RETURN count(a) AS n");
    expect(row.n).toBe(1);
  }, 120_000);

  it('names each of 1,000 malformed lines among valid ones, writes every valid article once and nothing of the bad ones', async () => {
    const valid = corpusRecords().filter((r) => r.text.length < 4000).slice(0, 40);
    const lines: string[] = [];
    const bad = new Map<number, RegExp>();
    for (let i = 0; i < 1000; i++) {
      if (i % 25 === 0) lines.push(JSON.stringify(valid[i / 25]));
      const { line, names } = malformedLine(i);
      lines.push(line);
      bad.set(lines.length, names);
    }
    const file = tempJsonl(lines);
    const result = await runCli(['ingest', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/articles: 1040 read, 40 written \(0 replaced\), 0 unchanged, 1000 failed/);
    const named = new Map<number, string>();
    for (const message of result.stderr.split('\n')) {
      const match = message.startsWith(`${file}:`) ? /^:(\d+): (.*)$/.exec(message.slice(file.length)) : null;
      if (match) named.set(Number(match[1]), match[2]);
    }
    expect([...named.keys()].sort((x, y) => x - y)).toEqual([...bad.keys()]);
    for (const [line, names] of bad) expect(named.get(line)).toMatch(names);

    const articles = await executor.autoCommit('MATCH (a:Article) RETURN a.id AS id, COUNT { (a)<-[:REPORTED_IN]-() } AS evidence ORDER BY id');
    expect(articles.map((a) => a.id)).toEqual(valid.map((r) => r.id).sort());
    // Evidence for just the valid articles whose text yields events.
    const withEvents = valid.filter((r) => {
      const article = articleFromRecord(r, r.id);
      return planArticleWrite(article, extractArticle(article)).events.length > 0;
    });
    expect(withEvents.length).toBeGreaterThan(5);
    expect(articles.filter((a) => Number(a.evidence) > 0).map((a) => a.id)).toEqual(withEvents.map((r) => r.id).sort());
    const [orphans] = await executor.autoCommit('MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->() RETURN count(e) AS n');
    expect(orphans.n).toBe(0);
    const [stale] = await executor.autoCommit('MATCH ()-[p]->() WHERE p.event IS NOT NULL AND NOT EXISTS { MATCH (e:Event {id: p.event}) } RETURN count(p) AS n');
    expect(stale.n).toBe(0);
  }, 300_000);

  it('loads all 2,003 PA-X agreements, the Minsk agreements matched and not copied, and twice is harmless', async () => {
    const first = await runCli(['import-pax', '--json', PAX_CSV]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ loaded: 2003, failed: 0 });
    const before = await graphSignature(executor);
    const again = await runCli(['import-pax', PAX_CSV]);
    expect(again.code).toBe(0);
    expect(await graphSignature(executor)).toEqual(before);

    const [counts] = await executor.autoCommit('MATCH (a:Agreement) WHERE a.paxId IS NOT NULL RETURN count(a) AS n, count(DISTINCT a.paxId) AS ids');
    expect(counts).toEqual({ n: 2003, ids: 2003 });
    const minsk = await executor.autoCommit('MATCH (a:Agreement) WHERE a.paxId IN [1362, 1363, 1364] RETURN a.paxId AS paxId, a.id AS id ORDER BY paxId');
    expect(minsk).toEqual([
      { paxId: 1362, id: 'agreement:minsk-memorandum' },
      { paxId: 1363, id: 'agreement:minsk-protocol' },
      { paxId: 1364, id: 'agreement:minsk-ii' },
    ]);
    const [process] = await executor.autoCommit("MATCH (:Agreement {paxId: 1364})-[:IN_PROCESS]->(p:PeaceProcess)<-[:IN_PROCESS]-(other:Agreement) RETURN p.name AS name, count(other) AS others");
    expect(process.name).toBe('Ukraine peace process');
    expect(Number(process.others)).toBeGreaterThan(3);
  }, 120_000);

  it('stops with a clear error when Neo4j goes away mid-run, and a second run completes the graph', async () => {
    const [a, b] = overlappingFiles();
    const expectedRun = await runCli(['ingest', '--quiet', a, b]);
    expect(expectedRun.code).toBe(0);
    const expected = await graphSignature(executor);
    await clearGraph(executor);
    await migrate(executor);

    // A proxy in front of Neo4j that is cut once five batches' events went through: Neo4j "stops" for the command.
    const target = new URL(process.env.NEO4J_URI!.replace(/^neo4j/, 'bolt'));
    const sockets = new Set<Socket>();
    let eventWrites = 0;
    let cut = false;
    const proxy: Server = createServer((client) => {
      if (cut) return client.destroy();
      const upstream = new Socket();
      upstream.connect(Number(target.port), target.hostname);
      sockets.add(client).add(upstream);
      client.on('data', (d: Buffer) => {
        if (cut) return;
        if (d.includes('MERGE (k:EventKey')) eventWrites++;
        if (eventWrites > 5) {
          cut = true;
          proxy.close();
          for (const s of sockets) s.destroy();
          return;
        }
        upstream.write(d);
      });
      upstream.pipe(client);
      client.on('error', () => {});
      upstream.on('error', () => {});
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const port = (proxy.address() as AddressInfo).port;
    const interrupted = await runCli(['ingest', '--quiet', '--batch', '2', a, b], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    proxy.close();
    expect(interrupted.code).toBe(1);
    expect(interrupted.stderr).toMatch(/Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:\d+/);
    expect(interrupted.stderr).toMatch(/running the same command again completes the rest/);

    const rerun = await runCli(['ingest', '--quiet', a, b]);
    expect(rerun.code).toBe(0);
    expect(await graphSignature(executor)).toEqual(expected);
  }, 300_000);
});
