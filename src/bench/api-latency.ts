import 'reflect-metadata';

import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { EXAMPLES_FILE } from '../api/graphiql';
import { loadConfig } from '../config';
import { cypherLibrary } from '../graph/cypher';
import { Executor } from '../graph/executor';
import { startApp } from '../server';
import { postJson } from './http-client';
import { percentile, ratio, table } from './stats';
import { Traversal, TRAVERSALS } from './traversals';

/**
 * `npm run bench:api`: the traversals of issue 11 (and the other operations of
 * examples/analyst.graphql) against the graph at NEO4J_URI, three ways in one interleaved run:
 * a = hand-written Cypher through neo4j-driver, b = diplograph over HTTP, c = @neo4j/graphql over
 * HTTP, b and c each a server process of its own (src/bench/bench-server.ts). The three answers
 * are checked equal first. a1 is a run as an auto-commit transaction (one Bolt write, as diplograph
 * runs a one-statement request), for reference. Prints p50, p95, the ratios, the Cypher statements per operation (counted
 * on an in-process diplograph), and the throughput of 8 concurrent clients.
 *
 *   RUNS (default 200), WARMUP (20), CLIENTS (8), CONCURRENT_SECONDS (5 per side and traversal)
 */
type Side = 'a' | 'a1' | 'b' | 'c';
type Call = () => Promise<unknown>;

async function post(url: string, query: string, operationName?: string): Promise<unknown> {
  const response = await postJson(url, { query, operationName });
  const body = JSON.parse(response.text) as { data?: unknown; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

async function time(call: Call): Promise<number> {
  const began = process.hrtime.bigint();
  await call();
  return Number(process.hrtime.bigint() - began) / 1e6;
}

/** Runs each side in turn, the order rotating every round, so that the load of the machine falls on all three alike. */
async function interleaved(calls: Partial<Record<Side, Call>>, runs: number, warmup: number): Promise<Partial<Record<Side, number[]>>> {
  const sides = Object.keys(calls) as Side[];
  const times: Partial<Record<Side, number[]>> = Object.fromEntries(sides.map((s) => [s, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(i + k) % sides.length];
      const ms = await time(calls[side]!);
      if (i >= warmup) times[side]!.push(ms);
    }
  }
  return times;
}

/** Requests per second of `clients` concurrent loops over `seconds`. */
async function throughput(call: Call, clients: number, seconds: number): Promise<number> {
  const end = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        await call();
        done++;
      }
    }),
  );
  return done / seconds;
}

/** Starts one side's server process and waits for its URL. */
function serverProcess(side: 'b' | 'c'): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [resolve(__dirname, 'bench-server.js'), side], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (match) done({ url: match[1], child });
    });
    child.once('exit', (code) => fail(new Error(`the ${side} server ended (${code}) before it listened`)));
  });
}

async function main(): Promise<void> {
  const runs = Number(process.env.RUNS ?? 200);
  const warmup = Number(process.env.WARMUP ?? 20);
  const clients = Number(process.env.CLIENTS ?? 8);
  const seconds = Number(process.env.CONCURRENT_SECONDS ?? 5);
  const executor = Executor.fromConfig(loadConfig());
  // In process, only to count diplograph's statements per operation.
  const counting = await startApp({ executor, port: 0, log: (message, context) => console.error(message, context ?? '') });
  const [diplograph, peer] = [await serverProcess('b'), await serverProcess('c')];
  const app = { url: diplograph.url };
  const peerUrl = peer.url;
  const statementsOf = async (query: string, operationName?: string) => {
    const before = executor.roundTrips;
    await post(counting.url, query, operationName);
    return executor.roundTrips - before;
  };
  const library = cypherLibrary();
  const sides = (t: Traversal): Record<Side, Call> => ({
    a: () => executor.read((q) => q.run(t.a.cypher, t.a.params), t.name),
    a1: () => executor.withReadScope(() => executor.readBuilt({ cypher: library.get(t.a.cypher), params: t.a.params })),
    b: () => post(app.url, t.b),
    c: () => post(peerUrl, t.c),
  });
  try {
    console.log(`bench:api on ${executor.uri}: ${runs} requests per side and traversal after ${warmup} warm-ups, interleaved (a, b, c rotating)`);
    console.log('a = hand-written Cypher via neo4j-driver (a managed read transaction, as executeQuery runs it), a1 = the same as an auto-commit transaction, b = diplograph over HTTP, c = @neo4j/graphql over HTTP\n');
    const rows: string[][] = [];
    for (const t of TRAVERSALS) {
      const answers = {
        a: t.same.a((await executor.read((q) => q.run(t.a.cypher, t.a.params), t.name)) as never),
        b: t.same.b(await post(app.url, t.b)),
        c: t.same.c(await post(peerUrl, t.c)),
      };
      const equal = isDeepStrictEqual(answers.a, answers.b) && isDeepStrictEqual(answers.b, answers.c);
      if (!equal) console.error(`${t.name}: answers differ\n a ${JSON.stringify(answers.a).slice(0, 600)}\n b ${JSON.stringify(answers.b).slice(0, 600)}\n c ${JSON.stringify(answers.c).slice(0, 600)}`);
      const statements = await statementsOf(t.b);
      const times = await interleaved(sides(t), runs, warmup);
      const p50 = (s: Side) => percentile(times[s]!, 50);
      rows.push([
        `${t.name} ${t.title}`,
        equal ? 'yes' : 'NO',
        ...(['a', 'b', 'c'] as Side[]).map((s) => `${p50(s).toFixed(1)} / ${percentile(times[s]!, 95).toFixed(1)}`),
        ratio(p50('b'), p50('a')),
        ratio(p50('c'), p50('a')),
        ratio(p50('c'), p50('b')),
        `${p50('a1').toFixed(1)}`,
        ratio(p50('b'), p50('a1')),
        String(statements),
      ]);
    }
    table(['traversal', 'equal', 'a p50/p95 ms', 'b p50/p95 ms', 'c p50/p95 ms', 'b/a', 'c/a', 'c/b', 'a1 p50 ms', 'b/a1', 'b statements'], rows);
    const ba = rows.map((r) => Number(r[5])).sort((x, y) => x - y);
    console.log(`\nmedian b/a: ${percentile(ba, 50).toFixed(2)}`);

    console.log('\nThe other example operations (examples/analyst.graphql), diplograph only:');
    const document = readFileSync(EXAMPLES_FILE, 'utf8');
    const others: string[][] = [];
    for (const operation of [...document.matchAll(/^query\s+(\w+)/gm)].map((m) => m[1])) {
      const statements = await statementsOf(document, operation);
      const times = (await interleaved({ b: () => post(app.url, document, operation) }, Math.max(20, runs / 4), 5)).b!;
      others.push([operation, `${percentile(times, 50).toFixed(1)} / ${percentile(times, 95).toFixed(1)}`, String(statements)]);
    }
    table(['operation', 'b p50/p95 ms', 'b statements'], others);

    console.log(`\n${clients} concurrent clients, ${seconds} s per side, order a b c then c b a, requests per second summed:`);
    const concurrent: string[][] = [];
    for (const t of TRAVERSALS.filter((x) => (process.env.CONCURRENT ?? 'T5,T8').split(',').includes(x.name))) {
      const calls = sides(t);
      const rate: Record<Side, number> = { a: 0, a1: 0, b: 0, c: 0 };
      for (const order of [['a', 'b', 'c'], ['c', 'b', 'a']] as Side[][]) for (const s of order) rate[s] += (await throughput(calls[s], clients, seconds)) / 2;
      concurrent.push([t.name, rate.a.toFixed(0), rate.b.toFixed(0), rate.c.toFixed(0), ratio(rate.b, rate.a), ratio(rate.c, rate.a)]);
    }
    table(['traversal', 'a req/s', 'b req/s', 'c req/s', 'b/a', 'c/a'], concurrent);
  } finally {
    diplograph.child.kill('SIGTERM');
    peer.child.kill('SIGTERM');
    await counting.stop();
    await executor.close();
  }
}

main().catch((error) => {
  console.error(`bench:api: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});
