import 'reflect-metadata';

import { loadConfig } from '../config';
import { cypher } from '../graph/cypher';
import { Executor } from '../graph/executor';
import { startApp } from '../server';
import { postJson } from './http-client';
import { percentile, ratio, table } from './stats';
import { TRAVERSALS } from './traversals';

/**
 * `npm run bench:scale -- --factor 50`: the anchored traversals at the size of the graph at
 * NEO4J_URI (the corpus), then again after the graph is grown to `factor` times it by copies of
 * the corpus (entities, events, articles and every edge, so the degree distribution is the
 * corpus's), each copy dated back by factor-th parts of 25 years. Prints the p50 of each traversal
 * over HTTP at both sizes, their ratio, and the server's heap. Copies already there are kept (the
 * growth resumes); `--clean` removes them. `--compare URI` grows nothing: it measures the graph at
 * URI (the corpus) and the one at NEO4J_URI (grown) in one interleaved run, so that the load of a
 * shared machine falls on both alike.
 */
const YEARS = 25;
const PUTIN = 'person:vladimir-putin';

const ONE_MONTH = {
  name: 'M1',
  title: "Putin's events in one month (January 2022)",
  b: `{ events(filter: { actor: "${PUTIN}", from: "2022-01-01", to: "2022-01-31" }, first: 20) { totalCount nodes { id date relation toward { id name } } } }`,
};
const ANCHORED = new Set(['T1', 'T2', 'T3', 'T5', 'T6', 'M1']);

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function post(url: string, query: string): Promise<void> {
  const response = await postJson(url, { query });
  const body = JSON.parse(response.text) as { errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors[0].message);
}

/** p50 per operation on each server, the servers taking turns (rotating) within every round. */
async function measure(urls: string[], runs: number): Promise<Array<Map<string, number>>> {
  const operations = [...TRAVERSALS.map((t) => ({ name: t.name, b: t.b })), ONE_MONTH];
  const times = urls.map(() => new Map<string, number[]>(operations.map((o) => [o.name, []])));
  for (let i = 0; i < runs + 5; i++) {
    for (const o of operations) {
      for (let k = 0; k < urls.length; k++) {
        const side = (i + k) % urls.length;
        const began = process.hrtime.bigint();
        await post(urls[side], o.b);
        if (i >= 5) times[side].get(o.name)!.push(Number(process.hrtime.bigint() - began) / 1e6);
      }
    }
  }
  return times.map((t) => new Map([...t].map(([name, list]) => [name, percentile(list, 50)])));
}

function report(factor: number, small: Map<string, number>, large: Map<string, number>): void {
  const rows = [...small.keys()].map((name) => {
    const title = name === ONE_MONTH.name ? ONE_MONTH.title : TRAVERSALS.find((t) => t.name === name)!.title;
    return [`${name} ${title}`, ANCHORED.has(name) ? 'yes' : 'no', small.get(name)!.toFixed(1), large.get(name)!.toFixed(1), ratio(large.get(name)!, small.get(name)!)];
  });
  table(['traversal', 'anchored', 'p50 1x ms', `p50 ${factor}x ms`, `${factor}x/1x`], rows);
}

async function compare(executor: Executor, smallUri: string, factor: number, runs: number): Promise<void> {
  const smallExecutor = Executor.fromConfig({ ...loadConfig(), neo4j: { ...loadConfig().neo4j, uri: smallUri } });
  const quiet = (message: string, context?: Record<string, unknown>) => console.error(message, context ?? '');
  const [smallApp, largeApp] = [await startApp({ executor: smallExecutor, port: 0, log: quiet }), await startApp({ executor, port: 0, log: quiet })];
  try {
    console.log(`bench:scale --compare: 1x at ${smallUri} (${await size(smallExecutor)}), ${factor}x at ${executor.uri} (${await size(executor)})`);
    console.log(`p50 of ${runs} requests over HTTP (diplograph), the two graphs taking turns\n`);
    const [small, large] = await measure([smallApp.url, largeApp.url], runs);
    report(factor, small, large);
  } finally {
    await smallApp.stop();
    await largeApp.stop();
    await smallExecutor.close();
  }
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function size(executor: Executor) {
  const [row] = await executor.query('bench.scaleSize');
  return `${row.nodes} nodes, ${row.relationships} relationships, ${row.events} events`;
}

/** A progress bar on stderr: copies made, and the time left at the rate so far. */
function progress(done: number, total: number, began: number): void {
  const seconds = (Date.now() - began) / 1000;
  const left = done > 0 ? Math.round((seconds / done) * (total - done)) : NaN;
  const bar = '#'.repeat(Math.round((24 * done) / total)).padEnd(24, '.');
  const line = `copies [${bar}] ${done}/${total}, ${seconds.toFixed(0)} s, ${Number.isNaN(left) ? '--' : `${left} s`} left`;
  process.stderr.write(process.stderr.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
}

async function grow(executor: Executor, factor: number): Promise<void> {
  const steps = ['bench.scaleEntities', 'bench.scaleArticles', 'bench.scaleEvents', 'bench.scaleLinks'];
  const began = Date.now();
  for (let k = 1; k < factor; k++) {
    const suffix = `#${k}`;
    const [made] = await executor.query('bench.scaleCopies', { probe: PUTIN + suffix });
    if (Number(made.found) === 0) {
      const params = { suffix, nameSuffix: ` ${k}`, shift: Math.round((k * YEARS * 365) / factor) };
      for (const step of steps) await executor.autoCommit(cypher(step), params);
    }
    progress(k, factor - 1, began);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
}

async function main(): Promise<void> {
  const factor = argument('factor', 50);
  const runs = argument('runs', 50);
  const executor = Executor.fromConfig(loadConfig());
  if (process.argv.includes('--clean')) {
    await executor.autoCommit(cypher('bench.scaleClean'));
    console.log(`copies removed: ${await size(executor)}`);
    await executor.close();
    return;
  }
  const compareAt = process.argv.indexOf('--compare');
  if (compareAt >= 0) {
    await compare(executor, process.argv[compareAt + 1], factor, runs).finally(() => executor.close());
    return;
  }
  const app = await startApp({ executor, port: 0, log: (message, context) => console.error(message, context ?? '') });
  try {
    console.log(`bench:scale on ${executor.uri}, factor ${factor}, p50 of ${runs} requests over HTTP (diplograph)`);
    console.log(`1x: ${await size(executor)}`);
    const [small] = await measure([app.url], runs);
    const heapSmall = heapMb();
    const began = Date.now();
    await grow(executor, factor);
    console.log(`${factor}x: ${await size(executor)} (grown in ${((Date.now() - began) / 1000).toFixed(0)} s)`);
    const [large] = await measure([app.url], runs);
    const heapLarge = heapMb();
    report(factor, small, large);
    console.log(`\nserver heap after GC: ${heapSmall.toFixed(0)} MB at 1x, ${heapLarge.toFixed(0)} MB at ${factor}x`);
  } finally {
    await app.stop();
    await executor.close();
  }
}

main().catch((error) => {
  console.error(`bench:scale: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
