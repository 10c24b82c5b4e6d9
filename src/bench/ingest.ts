import 'reflect-metadata';

import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { loadConfig } from '../config';
import { ArticleRepository } from '../graph/article.repository';
import { Executor } from '../graph/executor';
import { migrate } from '../graph/migrate';
import { extractArticle } from '../ingest/extractor';
import { ingestPaths } from '../ingest/pipeline';
import { expandInputs, readArticles } from '../ingest/sources';
import * as local from '../localdb/local-neo4j';

/**
 * Ingests the whole corpus (../shared/corpus) into an empty throwaway local Neo4j and prints
 * articles and events per second, and the share of time spent extracting versus writing. The
 * extraction-only pass over the same articles, in the same run, is the baseline.
 *
 *   npm run bench:ingest            (BENCH_PORT=7692, SHARED_DIR=../shared, BENCH_CONCURRENCY=4)
 */
async function main(): Promise<void> {
  const shared = process.env.SHARED_DIR ?? resolve(local.PROJECT_ROOT, '..', 'shared');
  const corpus = join(shared, 'corpus');
  const port = Number(process.env.BENCH_PORT ?? 7692);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);
  const cfg = { ...loadConfig({}).local, port, dir: join(local.PROJECT_ROOT, '.neo4j', `bench-${port}`), heapMb: 1024, pageCacheMb: 512 };

  const { files } = expandInputs([corpus]);
  console.log(`corpus: ${files.length} files in ${corpus}`);

  // Baseline: extraction alone, same articles, same process.
  let baselineArticles = 0;
  let baselineChars = 0;
  const baselineStart = process.hrtime.bigint();
  for (const file of files) {
    for await (const item of readArticles(file)) {
      if (!item.ok) continue;
      extractArticle(item.article);
      baselineArticles++;
      baselineChars += item.article.text.length;
    }
  }
  const baselineSeconds = Number(process.hrtime.bigint() - baselineStart) / 1e9;

  rmSync(cfg.dir, { recursive: true, force: true });
  const started = await local.start(cfg, (l) => console.log(l));
  console.log(`empty local Neo4j on ${started.uri} in ${(started.millis / 1000).toFixed(1)}s`);
  const executor = Executor.fromConfig(loadConfig({ NEO4J_URI: started.uri }));
  try {
    await migrate(executor);
    const began = process.hrtime.bigint();
    const failures: string[] = [];
    const stats = await ingestPaths(new ArticleRepository(executor), files, { extract: extractArticle, concurrency, onFailure: (f) => failures.push(`${f.where}: ${f.error}`) });
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    const events = stats.eventsCreated + stats.eventsMerged;
    const busy = stats.extractMs + stats.writeMs;
    console.log('');
    console.log(`articles:            ${stats.read} read, ${stats.written} written, ${stats.failed} failed, ${stats.unchanged} unchanged`);
    for (const failure of failures) console.log(`failed: ${failure.slice(0, 200)}`);
    console.log(`events:              ${stats.eventsCreated} created, ${stats.eventsMerged} merged into an event another article reports`);
    console.log(`wall time:           ${seconds.toFixed(1)} s (concurrency ${concurrency})`);
    console.log(`articles per second: ${(stats.read / seconds).toFixed(1)}`);
    console.log(`events per second:   ${(events / seconds).toFixed(1)}`);
    console.log(`text:                ${(stats.chars / 1e6).toFixed(2)} MB, ${(stats.chars / 1e6 / seconds).toFixed(2)} MB/s`);
    console.log(`time in extraction:  ${(stats.extractMs / 1000).toFixed(1)} s (${((100 * stats.extractMs) / busy).toFixed(0)}%)`);
    console.log(`time in Neo4j writes: ${(stats.writeMs / 1000).toFixed(1)} s summed over ${concurrency} concurrent writers (${((100 * stats.writeMs) / busy).toFixed(0)}%)`);
    console.log(`baseline (extraction only, same run): ${baselineArticles} articles in ${baselineSeconds.toFixed(1)} s, ${(baselineChars / 1e6 / baselineSeconds).toFixed(2)} MB/s`);
    console.log(`ingest / extraction-only wall time: ${(seconds / baselineSeconds).toFixed(2)}x`);
  } finally {
    await executor.close();
    await local.stop(cfg);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
