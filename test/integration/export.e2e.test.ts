import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { Executor } from '../../src/graph/executor';
import { runCli } from '../support/cli';
import { freshSeedGraph, testExecutor } from '../support/graph';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ACCUSATION_SENTENCE = 'Thereupon, the Russian President highlighted that Ukrainian militants started the escalation.';
const PLOVER_REQUIRED = [
  'event_id', 'event_date', 'event_type', 'event_mode', 'event_text', 'relation', 'negated', 'confidence',
  'actor_name', 'actor_country', 'recipient_name', 'recipient_country', 'source_publisher', 'source_url', 'sources',
];

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name) });
const dataOf = (element: { data?: Array<{ key: string; '#text': unknown }> }): Record<string, string> =>
  Object.fromEntries((element.data ?? []).map((d) => [d.key, String(d['#text'])]));
/** A port nothing listens on (another suite's Neo4j may hold any fixed one). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const lines = (text: string): Json[] => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Json);

describe('diplograph export, as a process over the seed graph', () => {
  let executor: Executor;
  let dir: string;

  beforeAll(async () => {
    executor = testExecutor();
    await freshSeedGraph(executor);
    dir = mkdtempSync(join(tmpdir(), 'diplograph-export-'));
  }, 120_000);
  afterAll(() => executor.close());

  it('writes GraphML that an XML parser reads: typed keys, Putin and Macron, and Putin’s ACCUSED edge', async () => {
    const file = join(dir, 'seed.graphml');
    const result = await runCli(['export', '--format', 'graphml', '--out', file]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^exported \d+ nodes, \d+ edges as graphml to .*seed\.graphml in \d+\.\ds\n$/);
    expect(existsSync(`${file}.partial`)).toBe(false);
    const text = readFileSync(file, 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = xml.parse(text).graphml;
    expect(doc.key.every((k: Json) => ['string', 'int', 'double', 'boolean'].includes(k['attr.type']))).toBe(true);
    const nodes = new Map<string, Record<string, string>>(doc.graph.node.map((n: Json) => [n.id, dataOf(n)]));
    expect(nodes.get('person:vladimir-putin')).toMatchObject({ label: 'Vladimir Putin', kind: 'Person', country: 'RUS' });
    expect(nodes.get('person:emmanuel-macron')).toMatchObject({ label: 'Emmanuel Macron', kind: 'Person', country: 'FRA' });
    const edges = doc.graph.edge.map((e: Json) => ({ source: e.source, target: e.target, ...dataOf(e) }));
    expect(edges).toContainEqual(
      expect.objectContaining({ source: 'person:vladimir-putin', target: 'group:ukrainian-militants', relation: 'ACCUSED', category: 'event', date: '2022-02-20', e_events: '1' }),
    );
    for (const edge of edges) {
      expect(nodes.has(edge.source)).toBe(true);
      expect(nodes.has(edge.target)).toBe(true);
    }
    expect(new Set(doc.graph.edge.map((e: Json) => e.id)).size).toBe(edges.length);
  });

  it('writes nodes.csv and edges.csv with the documented columns, readable by an RFC 4180 parser', async () => {
    const out = join(dir, 'tables');
    const result = await runCli(['export', '--format', 'csv', '--out', out, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ format: 'csv', out: [join(out, 'nodes.csv'), join(out, 'edges.csv')], events: 0 });
    const nodes: Json[] = parseCsv(readFileSync(join(out, 'nodes.csv')), { columns: true });
    const edges: Json[] = parseCsv(readFileSync(join(out, 'edges.csv')), { columns: true });
    expect(Object.keys(nodes[0])).toEqual(['id', 'name', 'kind', 'labels', 'country', 'acronym', 'aliases', 'events']);
    expect(Object.keys(edges[0])).toEqual(['source', 'target', 'relation', 'category', 'date', 'last_date', 'events', 'event_ids']);
    expect([nodes.length, edges.length]).toEqual([summary.nodes, summary.edges]);
    expect(nodes.find((n) => n.id === 'person:vladimir-putin')).toMatchObject({ name: 'Vladimir Putin', kind: 'Person', country: 'RUS' });
    expect(edges).toContainEqual(expect.objectContaining({ source: 'person:vladimir-putin', target: 'group:ukrainian-militants', relation: 'ACCUSED', events: '1' }));
    const one = await runCli(['export', '--format', 'csv', '--table', 'edges', '--quiet']);
    expect([one.code, one.stderr]).toEqual([0, '']);
    expect(one.stdout).toBe(readFileSync(join(out, 'edges.csv'), 'utf8'));
  });

  it('writes the whole graph as JSON Lines, every line valid JSON with a type', async () => {
    const result = await runCli(['export', '--format', 'jsonl']);
    expect(result.code).toBe(0);
    const records = lines(result.stdout);
    const count = (type: string) => records.filter((r) => r.type === type).length;
    expect(result.stderr).toBe(`exported ${count('node')} nodes, ${count('edge')} edges, ${count('event')} events as jsonl to standard output in ${/in (\d+\.\d)s/.exec(result.stderr)![1]}s\n`);
    expect(records.every((r) => ['node', 'edge', 'event'].includes(r.type))).toBe(true);
    expect(count('event')).toBeGreaterThanOrEqual(10);
    expect(records).toContainEqual(expect.objectContaining({ type: 'node', id: 'person:emmanuel-macron', name: 'Emmanuel Macron' }));
    const accusation = records.find((r) => r.type === 'event' && r.relation === 'ACCUSED' && r.target.includes('group:ukrainian-militants'));
    expect(accusation).toMatchObject({ plover: 'ACCUSE', source: ['person:vladimir-putin'], evidence: [expect.objectContaining({ sentence: ACCUSATION_SENTENCE })] });
  });

  it('writes PLOVER records with the required fields, Putin’s accusation an ACCUSE', async () => {
    const result = await runCli(['export', '--format', 'plover']);
    expect(result.code).toBe(0);
    const records = lines(result.stdout);
    expect(records.length).toBeGreaterThanOrEqual(10);
    for (const r of records) {
      for (const field of PLOVER_REQUIRED) expect(r).toHaveProperty(field);
      expect(r.actor_name).toHaveLength(r.actor_country.length);
      expect(r.event_text).toEqual(expect.any(String));
    }
    expect(records).toContainEqual(
      expect.objectContaining({
        event_type: 'ACCUSE',
        relation: 'ACCUSED',
        event_date: '2022-02-20',
        event_text: ACCUSATION_SENTENCE,
        actor_name: ['Vladimir Putin'],
        actor_country: ['RUS'],
        recipient_name: ['Ukrainian militants'],
        recipient_country: ['UKR'],
        source_publisher: 'The Diplomatic Insight (TDI)',
        story_date: '2022-02-21',
      }),
    );
    expect(records).toContainEqual(expect.objectContaining({ event_type: 'CONSULT', event_mode: 'phone', relation: 'MET_WITH' }));
  });

  it('keeps to the events of an actor, by name or id, and their nodes and edges', async () => {
    const byName = await runCli(['export', '--format', 'plover', '--actor', 'Emmanuel Macron', '--quiet']);
    const byId = await runCli(['export', '--format', 'plover', '--actor', 'person:emmanuel-macron', '--quiet']);
    expect([byName.code, byId.code]).toEqual([0, 0]);
    expect(byName.stdout).toBe(byId.stdout);
    const records = lines(byName.stdout);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect([...r.actor_id, ...r.recipient_id]).toContain('person:emmanuel-macron');
    const all = lines((await runCli(['export', '--format', 'plover', '--quiet'])).stdout);
    expect(records.length).toBeLessThan(all.length);

    const graph = lines((await runCli(['export', '--format', 'jsonl', '--actor', 'Emmanuel Macron', '--quiet'])).stdout);
    const nodeIds = new Set(graph.filter((r) => r.type === 'node').map((r) => r.id));
    expect(nodeIds.has('person:emmanuel-macron')).toBe(true);
    expect(nodeIds.size).toBeLessThan(100);
    for (const edge of graph.filter((r) => r.type === 'edge')) {
      expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
    }
  });

  it('keeps to a date range', async () => {
    const result = await runCli(['export', '--format', 'plover', '--since', '2022-02-21', '--until', '2022-02-21', '--quiet']);
    expect(result.code).toBe(0);
    const records = lines(result.stdout);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.event_date === '2022-02-21')).toBe(true);
    const none = await runCli(['export', '--format', 'plover', '--until', '2021-01-01', '--quiet']);
    expect([none.code, none.stdout]).toEqual([0, '']);
  });

  it('leaves retracted events out, and their edges', async () => {
    const [row] = await executor.autoCommit(
      "MATCH (e:Event {type: 'ACCUSED'})-[:TOWARD]->(:Entity {id: 'group:ukrainian-militants'}) RETURN e.id AS id",
    );
    const id = String(row.id);
    await executor.write((q) => q.run('api.setRetracted', { id, retracted: true, reason: 'test' }));
    try {
      const plover = lines((await runCli(['export', '--format', 'plover', '--quiet'])).stdout);
      expect(plover.map((r) => r.event_id)).not.toContain(id);
      const csv = await runCli(['export', '--format', 'csv', '--table', 'edges', '--quiet']);
      expect(csv.stdout).not.toContain(id);
      expect(csv.stdout).not.toMatch(/person:vladimir-putin,group:ukrainian-militants,ACCUSED/);
    } finally {
      await executor.write((q) => q.run('api.setRetracted', { id, retracted: false, reason: null }));
    }
  });

  it('answers an actor that names no entity in one line with a suggestion, exit 2', async () => {
    const result = await runCli(['export', '--format', 'plover', '--actor', 'Macron']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'diplograph export: --actor "Macron" names no entity (did you mean "Emmanuel Macron", person:emmanuel-macron); see "diplograph export --help"\n',
    );
  });

  it('says in one line, exit 1, when Neo4j cannot be reached, and leaves no file behind', async () => {
    const file = join(dir, 'unreachable.graphml');
    const result = await runCli(['export', '--format', 'graphml', '--out', file], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^diplograph export: Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:1.*diplograph db start.*\n$/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(file) || existsSync(`${file}.partial`)).toBe(false);
  });

  it('gives machine-readable output of migrate and db status with --json', async () => {
    const migrated = await runCli(['migrate', '--json']);
    expect(migrated.code).toBe(0);
    expect(JSON.parse(migrated.stdout)).toMatchObject({ statements: expect.any(Number), referenceEntities: expect.any(Number), referenceLinks: expect.any(Number) });
    const port = await freePort();
    const status = await runCli(['db', 'status', '--json'], { NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_DIR: join(dir, 'no-db') });
    expect(status.code).toBe(3);
    expect(JSON.parse(status.stdout)).toMatchObject({ state: 'stopped', running: false, pid: null, uri: `bolt://127.0.0.1:${port}` });
  });
});

describe('diplograph --help, as a process', () => {
  it('lists the commands and the exit codes, exit 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Exit codes:');
    for (const command of ['extract', 'ingest', 'serve', 'migrate', 'db', 'import-pax', 'export']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it.each(['extract', 'ingest', 'serve', 'migrate', 'db', 'import-pax', 'export'])('%s --help lists options and an example, exit 0', async (command) => {
    const result = await runCli([command, '--help'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^Options:$/m);
    expect(result.stdout).toMatch(/^ {2}--\w/m);
    expect(result.stdout).toMatch(new RegExp(`^Examples?:\\n(.*\\n)*? {2}.*diplograph ${command}`, 'm'));
  });
});

describe('diplograph serve, as a process', () => {
  it('ends with exit 1 and one line naming PORT when the port is taken, leaving nothing running', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
    const { port } = holder.address() as AddressInfo;
    try {
      const result = await runCli(['serve'], { PORT: String(port), HOST: '127.0.0.1' }, 60_000);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`diplograph serve: PORT: ${port} on 127.0.0.1 is in use: stop what holds it or set another PORT\n`);
    } finally {
      holder.close();
    }
  });
});
