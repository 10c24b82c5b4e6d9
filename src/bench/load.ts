import 'reflect-metadata';

import { readFileSync } from 'node:fs';

import { EXAMPLES_FILE } from '../api/graphiql';
import { loadConfig } from '../config';
import { Executor } from '../graph/executor';
import { KeyRepository } from '../graph/key.repository';
import { percentile, post, startServerProcess } from './server-process';

/**
 * `npm run bench:load`: CLIENTS (default 50) concurrent clients for SECONDS (default 60) over the
 * example operations (examples/analyst.graphql) against a server of its own (port LOAD_PORT, Neo4j
 * at NEO4J_URI), twice: alone, then while one client loops a pathological `paths` (no path within
 * maxHops) and another a large `ingestArticle` (LARGE_CHARS, default 1,000,000 characters).
 * Prints errors, p50 and p95 of each run, and the ratio of the p95s.
 */

const PATHOLOGICAL = '{ paths(from: "person:vladimir-putin", to: "state:TUV", maxHops: 1, limit: 1) { length } }';
const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status eventsExtracted } }';

interface RunFigures {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  firstError?: string;
  /** errors by operation and code */
  errorKinds: string[];
  side: string[];
}

async function run(url: string, clients: number, seconds: number, side: Array<() => Promise<string>>): Promise<RunFigures> {
  const document = readFileSync(EXAMPLES_FILE, 'utf8');
  const operations = [...document.matchAll(/^query\s+(\w+)/gm)].map((m) => m[1]);
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const errorKinds: string[] = [];
  const sideResults: string[] = [];
  const client = async (n: number) => {
    for (let i = n; performance.now() < deadline; i++) {
      let answer: { status: number; text: string; ms: number };
      try {
        answer = await post(url, { query: document, operationName: operations[i % operations.length] });
      } catch (error) {
        answer = { status: 0, text: `request failed: ${(error as Error).message} (${String((error as { cause?: unknown }).cause)})`, ms: NaN };
      }
      if (!Number.isNaN(answer.ms)) latencies.push(answer.ms);
      if (answer.status !== 200 || answer.text.includes('"errors"')) {
        errors++;
        errorKinds.push(`${operations[i % operations.length]} ${answer.status} ${/"code":"([A-Z_]+)"/.exec(answer.text)?.[1] ?? ''}`.trim());
        firstError ??= `${operations[i % operations.length]}: ${answer.status} ${answer.text.slice(0, 200)}`;
      }
    }
  };
  const sideLoop = async (work: () => Promise<string>) => {
    while (performance.now() < deadline) sideResults.push(await work().catch((error: Error) => `failed: ${String(error.cause ?? error.message)}`));
  };
  await Promise.all([...Array.from({ length: clients }, (_, n) => client(n)), ...side.map(sideLoop)]);
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), firstError, errorKinds, side: sideResults };
}

function summarise(results: string[]): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${r} x${n}`).join(', ');
}

async function main(): Promise<void> {
  const clients = Number(process.env.CLIENTS ?? 50);
  const seconds = Number(process.env.SECONDS ?? 60);
  const largeChars = Number(process.env.LARGE_CHARS ?? 1_000_000);
  const executor = Executor.fromConfig(loadConfig());
  const curator = (await new KeyRepository(executor).create('curator', 'bench:load')).token;
  await executor.close();
  const server = await startServerProcess(Number(process.env.LOAD_PORT ?? 4793));
  const text = largeText(largeChars);
  try {
    await run(server.url, 5, 5, []);
    const alone = await run(server.url, clients, seconds, []);
    let n = 0;
    const pathological = async () => {
      const a = await post(server.url, { query: PATHOLOGICAL });
      return `paths ${a.status} ${/"code":"([A-Z_]+)"/.exec(a.text)?.[1] ?? 'answered'} ${a.ms < 6000 ? '<6s' : '>=6s'}`;
    };
    const ingest = async () => {
      const a = await post(server.url, { query: INGEST, variables: { input: { id: `load-large-${n++}`, text: `${n} ${text}` } } }, curator);
      return `ingest ${a.status} ${/"code":"([A-Z_]+)"/.exec(a.text)?.[1] ?? 'written'}`;
    };
    const loaded = await run(server.url, clients, seconds, [pathological, ingest]);
    const line = (name: string, f: RunFigures) =>
      `  ${name.padEnd(34)} ${String(f.requests).padStart(6)} requests, ${String(f.errors).padStart(3)} errors, p50 ${f.p50.toFixed(0).padStart(5)} ms, p95 ${f.p95.toFixed(0).padStart(5)} ms`;
    console.log(`bench:load: ${clients} clients, ${seconds} s per run, example operations of examples/analyst.graphql, server ${server.url}`);
    console.log(line('alone', alone));
    console.log(line('with pathological paths + ingest', loaded));
    console.log(`  p95 ratio (with / alone): ${(loaded.p95 / alone.p95).toFixed(2)}`);
    console.log(`  side requests: ${summarise(loaded.side)}`);
    for (const f of [alone, loaded]) if (f.firstError) console.log(`  errors: ${summarise(f.errorKinds)}; first: ${f.firstError}`);
    if (server.exited() !== null) console.log(`  the server exited (${server.exited()})`);
    if (alone.errors || loaded.errors || server.exited() !== null) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

/** Corpus-like text of about `chars` characters: the example file's comments would not do; real readout sentences. */
function largeText(chars: number): string {
  const sentences = [
    'Vladimir Putin held a telephone conversation with President of France Emmanuel Macron.',
    'The leaders discussed the situation around Ukraine and the implementation of the Minsk agreements.',
    'Olaf Scholz called for a ceasefire and expressed concern about the troop build-up near the border.',
    'Volodymyr Zelensky met with the Secretary General of NATO in Kyiv.',
  ];
  let out = '';
  for (let i = 0; out.length < chars; i++) out += `${sentences[i % sentences.length]} `;
  return out.slice(0, chars);
}

main().catch((error) => {
  console.error(`bench:load: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});
