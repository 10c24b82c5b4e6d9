import 'reflect-metadata';

import {
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  isLeafType,
} from 'graphql';

import { Worker } from 'node:worker_threads';

import { buildApiSchema } from '../api/schema';
import { loadConfig } from '../config';
import { Executor } from '../graph/executor';
import { KeyRepository } from '../graph/key.repository';
import { percentile, post, startServerProcess } from './server-process';
import { seeded } from '../model/random';

/**
 * `npm run fuzz`: OPS (default 10,000) operations generated from the schema (valid, invalid, deep,
 * aliased, huge arguments, mutations as anonymous, reader and curator) sent CONCURRENCY (8) at a
 * time to a server of its own (`diplograph serve`, port FUZZ_PORT, Neo4j at NEO4J_URI), while
 * `health` is asked every 250 ms. Prints figures; exits 1 on a 5xx, a leak, a server exit or a
 * health answer slower than 1 s.
 */

const SAMPLE_IDS = ['person:vladimir-putin', 'person:emmanuel-macron', 'person:olaf-scholz', 'state:UKR', 'state:RUS', 'state:TUV', 'org:nato', 'format:normandy', 'agreement:minsk-ii', 'topic:security-guarantees'];
const WORDS = ['Putin', 'Macron', 'Minsk', 'NATO', 'ceasefire', 'Normandy', 'Kyiv', 'sanctions', 'security guarantees'];
const BAD_STRINGS = ['pax-1926', 'person:', '\\u0000', '\\ud800', "' OR 1=1 --", '}) MATCH (n) DETACH DELETE n //', '$where', '%00', '../../etc/passwd', '<script>alert(1)</script>'];
const LEAK = /stacktrace|\/work\/|node_modules|bolt:\/\/|neo4j:\/\/|at [A-Za-z.]+ \(/;

const HEALTH_PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
let stop = false;
parentPort.on('message', () => (stop = true));
(async () => {
  while (!stop) {
    const began = performance.now();
    try {
      const r = await fetch(workerData.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ health { neo4j } }"}' });
      await r.text();
      parentPort.postMessage({ ms: performance.now() - began });
    } catch (error) {
      parentPort.postMessage({ error: String(error) });
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  process.exit(0);
})();
`;

type Kind = 'valid' | 'invalid' | 'deep' | 'aliased' | 'huge' | 'mutation';
const KINDS: Array<[Kind, number]> = [['valid', 0.4], ['invalid', 0.2], ['deep', 0.1], ['aliased', 0.1], ['huge', 0.1], ['mutation', 0.1]];


class Generator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: () => number,
  ) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  kind(): Kind {
    let r = this.random();
    for (const [kind, share] of KINDS) if ((r -= share) < 0) return kind;
    return 'valid';
  }

  literal(type: GraphQLInputType, mode: 'valid' | 'invalid' | 'huge', depth = 0): string {
    const nullable = getNullableType(type) as GraphQLInputType;
    if (nullable instanceof GraphQLList) return `[${this.literal(nullable.ofType, mode, depth + 1)}]`;
    if (mode === 'invalid' && this.random() < 0.3) return this.pick(['"x"', '-5', '100000000', 'true', '{}', 'null', `"${this.pick(BAD_STRINGS)}"`]);
    if (nullable instanceof GraphQLEnumType) return this.pick(nullable.getValues()).name;
    if (nullable instanceof GraphQLInputObjectType) {
      const fields = Object.values(nullable.getFields()).filter((f) => f.type instanceof GraphQLNonNull || this.random() < 0.3);
      return `{ ${fields.map((f) => `${f.name}: ${depth > 3 ? 'null' : this.literal(f.type, mode, depth + 1)}`).join(', ')} }`;
    }
    const scalar = nullable as GraphQLScalarType;
    const huge = mode === 'huge' && this.random() < 0.5;
    switch (scalar.name) {
      case 'Int':
        return String(huge ? 2 ** 31 - 1 : 1 + Math.floor(this.random() * 5));
      case 'Float':
        return String(this.random());
      case 'Boolean':
        return this.random() < 0.5 ? 'true' : 'false';
      case 'ID':
        return JSON.stringify(mode === 'invalid' ? this.pick(BAD_STRINGS).replace(/\\\\/g, '\\') : this.pick(SAMPLE_IDS));
      case 'Date':
      case 'LocalDate':
        return JSON.stringify(mode === 'invalid' ? '2022-02-30' : `2022-0${1 + Math.floor(this.random() * 9)}-1${Math.floor(this.random() * 9)}`);
      default:
        return huge ? JSON.stringify('x'.repeat(10_000 + Math.floor(this.random() * 30_000))) : JSON.stringify(mode === 'invalid' ? this.pick(BAD_STRINGS) : this.pick(WORDS));
    }
  }

  args(field: GraphQLField<unknown, unknown>, mode: 'valid' | 'invalid' | 'huge'): string {
    const chosen = field.args.filter((a) => a.type instanceof GraphQLNonNull || this.random() < (mode === 'valid' ? 0.3 : 0.6));
    if (mode === 'invalid' && this.random() < 0.2) return '(nonsense: 1)';
    return chosen.length ? `(${chosen.map((a) => `${a.name}: ${this.literal(a.type, mode)}`).join(', ')})` : '';
  }

  selection(type: GraphQLObjectType | GraphQLInterfaceType, depth: number, mode: 'valid' | 'invalid' | 'huge'): string {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !(a.type instanceof GraphQLNonNull)));
    const objects = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    const parts = new Set<string>(['__typename']);
    for (let i = 0; i < 1 + Math.floor(this.random() * 4) && leaves.length; i++) parts.add(this.pick(leaves).name);
    if (depth > 0 && objects.length) {
      const child = this.pick(objects);
      const named = getNamedType(child.type) as GraphQLObjectType | GraphQLInterfaceType;
      parts.add(`${child.name}${this.args(child, mode)} { ${this.selection(named, depth - 1, mode)} }`);
    }
    if (mode === 'invalid' && this.random() < 0.2) parts.add('entiti');
    return [...parts].join(' ');
  }

  rootField(root: GraphQLObjectType, depth: number, mode: 'valid' | 'invalid' | 'huge'): string {
    const field = this.pick(Object.values(root.getFields()));
    const named = getNamedType(field.type);
    const body = isLeafType(named) ? '' : ` { ${this.selection(named as GraphQLObjectType, depth, mode)} }`;
    return `${field.name}${this.args(field, mode)}${body}`;
  }

  operation(kind: Kind): { query: string; mutation: boolean } {
    const query = this.schema.getQueryType()!;
    switch (kind) {
      case 'deep':
        return { query: `{ ${this.rootField(query, 8 + Math.floor(this.random() * 12), 'valid')} }`, mutation: false };
      case 'aliased': {
        const n = 2 + Math.floor(this.random() * 40);
        const field = this.random() < 0.3 ? '__schema { types { name fields { name } } }' : this.rootField(query, 2, 'valid');
        return { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`, mutation: false };
      }
      case 'huge':
        return { query: `{ ${this.rootField(query, 2, 'huge')} }`, mutation: false };
      case 'invalid':
        return { query: this.random() < 0.1 ? `{ ${this.rootField(query, 2, 'valid')}` : `{ ${this.rootField(query, 2, 'invalid')} }`, mutation: false };
      case 'mutation':
        return { query: `mutation { ${this.rootField(this.schema.getMutationType()!, 1, this.random() < 0.5 ? 'valid' : 'invalid')} }`, mutation: true };
      default:
        return { query: `{ ${this.rootField(query, 1 + Math.floor(this.random() * 3), 'valid')} }`, mutation: false };
    }
  }
}

async function main(): Promise<void> {
  const total = Number(process.env.OPS ?? 10_000);
  const concurrency = Number(process.env.CONCURRENCY ?? 8);
  const seed = Number(process.env.SEED ?? 20261130);
  const executor = Executor.fromConfig(loadConfig());
  const keys = new KeyRepository(executor);
  const tokens = [undefined, (await keys.create('reader', 'fuzz')).token, (await keys.create('curator', 'fuzz')).token];
  const server = await startServerProcess(Number(process.env.FUZZ_PORT ?? 4792));
  const generator = new Generator(buildApiSchema(), seeded(seed));
  const statuses = new Map<number, number>();
  const codes = new Map<string, number>();
  const byKind = new Map<Kind, number>();
  const latencies: number[] = [];
  const healthMs: number[] = [];
  const failures: string[] = [];
  const refusedValid = new Map<string, number>();
  let sent = 0;
  const began = performance.now();

  // Health is asked from a thread of its own, so that this process's own work does not count.
  const prober = new Worker(HEALTH_PROBE, { eval: true, workerData: { url: server.url } });
  prober.on('message', (m: { ms?: number; error?: string }) => (m.error ? failures.push(`health: ${m.error}`) : healthMs.push(m.ms!)));
  const health = new Promise((resolve) => prober.once('exit', resolve));

  const worker = async () => {
    while (sent < total && server.exited() === null) {
      sent++;
      const kind = generator.kind();
      const op = generator.operation(kind);
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      try {
        const answer = await post(server.url, { query: op.query }, op.mutation ? generator.pick(tokens) : undefined);
        latencies.push(answer.ms);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status >= 500) failures.push(`${answer.status} for ${op.query.slice(0, 200)}: ${answer.text.slice(0, 200)}`);
        if (LEAK.test(answer.text)) failures.push(`leak for ${op.query.slice(0, 200)}: ${answer.text.slice(0, 300)}`);
        for (const match of answer.text.matchAll(/"code":"([A-Z_]+)"/g)) codes.set(match[1], (codes.get(match[1]) ?? 0) + 1);
        if (kind === 'valid' && answer.status === 400) {
          const message = (/"message":"([^"]{0,120})/.exec(answer.text)?.[1] ?? '').replace(/"[^"]*"/g, '"..."');
          refusedValid.set(message, (refusedValid.get(message) ?? 0) + 1);
        }
      } catch (error) {
        failures.push(`request failed: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  prober.postMessage('stop');
  await health;
  const exited = server.exited();
  await server.stop();
  await executor.close();

  latencies.sort((a, b) => a - b);
  healthMs.sort((a, b) => a - b);
  const seconds = (performance.now() - began) / 1000;
  console.log(`fuzz: ${latencies.length} operations in ${seconds.toFixed(0)} s (seed ${seed}, ${concurrency} at a time)`);
  console.log(`  by kind:       ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`  HTTP statuses: ${[...statuses].sort().map(([s, n]) => `${s}: ${n}`).join(', ')}`);
  console.log(`  error codes:   ${[...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
  console.log(`  latency ms:    p50 ${percentile(latencies, 0.5).toFixed(0)}, p95 ${percentile(latencies, 0.95).toFixed(0)}, max ${latencies[latencies.length - 1]?.toFixed(0)}`);
  console.log(`  health ms:     ${healthMs.length} probes, p50 ${percentile(healthMs, 0.5).toFixed(0)}, max ${healthMs[healthMs.length - 1]?.toFixed(0)}`);
  console.log(`  5xx: ${[...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0)}, leaks: ${failures.filter((f) => f.startsWith('leak')).length}, server exit: ${exited === null ? 'none' : exited}`);
  if (process.env.VERBOSE) for (const [m, n] of [...refusedValid].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  refused "valid" x${n}: ${m}`);
  const slowHealth = healthMs.filter((ms) => ms > 1000).length;
  if (slowHealth) failures.push(`${slowHealth} health answers slower than 1 s`);
  for (const failure of failures.slice(0, 20)) console.log(`  FAIL ${failure}`);
  if (failures.length || exited !== null || latencies.length < total) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`fuzz: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});
