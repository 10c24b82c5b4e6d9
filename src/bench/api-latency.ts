import 'reflect-metadata';

import { readFileSync } from 'node:fs';

import { EXAMPLES_FILE } from '../api/graphiql';
import { loadConfig } from '../config';
import { Executor } from '../graph/executor';
import { startApp } from '../server';

/**
 * Median latency of each example operation of examples/analyst.graphql over HTTP, against the graph
 * at NEO4J_URI (the local Neo4j by default). Runs: RUNS (default 20), after 2 warm-up runs each.
 *
 *   npm run build && NEO4J_URI=bolt://127.0.0.1:7687 RUNS=50 node dist/bench/api-latency.js
 */
async function main(): Promise<void> {
  const runs = Math.max(1, Number(process.env.RUNS ?? process.argv[2] ?? 20));
  const executor = Executor.fromConfig(loadConfig());
  const app = await startApp({ executor, port: 0, log: (message, context) => console.error(message, context ?? '') });
  const document = readFileSync(EXAMPLES_FILE, 'utf8');
  const operations = [...document.matchAll(/^query\s+(\w+)/gm)].map((m) => m[1]);
  const run = async (operationName: string) => {
    const began = process.hrtime.bigint();
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, operationName }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string }> };
    const ms = Number(process.hrtime.bigint() - began) / 1e6;
    if (body.errors) throw new Error(`${operationName}: ${body.errors[0].message}`);
    return ms;
  };
  try {
    console.log(`diplograph API latency: ${runs} runs per operation, Neo4j at ${executor.uri}`);
    console.log(`${'operation'.padEnd(26)} ${'median ms'.padStart(10)} ${'p90 ms'.padStart(8)} ${'trips'.padStart(6)}`);
    for (const operation of operations) {
      await run(operation);
      await run(operation);
      const times: number[] = [];
      const before = executor.roundTrips;
      for (let i = 0; i < runs; i++) times.push(await run(operation));
      const trips = (executor.roundTrips - before) / runs;
      times.sort((a, b) => a - b);
      const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
      const p90 = times[Math.min(times.length - 1, Math.floor(times.length * 0.9))];
      console.log(`${operation.padEnd(26)} ${median.toFixed(1).padStart(10)} ${p90.toFixed(1).padStart(8)} ${trips.toFixed(0).padStart(6)}`);
    }
  } finally {
    await app.stop();
    await executor.close();
  }
}

main().catch((error) => {
  console.error(`api-latency: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
