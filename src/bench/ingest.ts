import 'reflect-metadata';

import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { loadConfig } from '../config';
import { ExtractionResult } from '../extract/types';
import { ArticleRepository } from '../graph/article.repository';
import { Executor } from '../graph/executor';
import { clearGraph, graphSignature, GraphSignature } from '../graph/graph-check';
import { migrate } from '../graph/migrate';
import { extractArticle } from '../ingest/extractor';
import { DEFAULT_BATCH_SIZE, ingestPaths, IngestStats } from '../ingest/pipeline';
import { expandInputs, readArticles } from '../ingest/sources';
import * as local from '../localdb/local-neo4j';
import { Article } from '../model/article';

/**
 * Ingests the whole corpus (../shared/corpus) into an empty throwaway local Neo4j, extraction and
 * writes measured apart: first every article is extracted (CPU seconds), then the facts are
 * written (wall time, and CPU seconds of this process and of Neo4j) with one writer, then, on an
 * emptied graph, with BENCH_CONCURRENCY writers; the two graphs are compared (event ids, counts,
 * and a digest of every event with its participants, evidence and edges). A third pass writes the
 * same files again, which must change nothing.
 *
 *   npm run bench:ingest   (BENCH_PORT=7692, BENCH_DIR=.neo4j/bench-PORT, SHARED_DIR=../shared,
 *                           BENCH_CONCURRENCY=4, BENCH_BATCH=16)
 */
async function main(): Promise<void> {
  const shared = process.env.SHARED_DIR ?? resolve(local.PROJECT_ROOT, '..', 'shared');
  const port = Number(process.env.BENCH_PORT ?? 7692);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);
  const batchSize = Number(process.env.BENCH_BATCH ?? DEFAULT_BATCH_SIZE);
  const dir = process.env.BENCH_DIR ?? join(local.PROJECT_ROOT, '.neo4j', `bench-${port}`);
  const cfg = { ...loadConfig({}).local, port, dir, heapMb: 1024, pageCacheMb: 512 };
  const { files } = expandInputs([join(shared, 'corpus')]);
  console.log(`corpus: ${files.length} files in ${join(shared, 'corpus')}`);

  const facts = await extractAll(files);
  rmSync(cfg.dir, { recursive: true, force: true });
  const started = await local.start(cfg, (l) => console.log(l));
  console.log(`empty local Neo4j on ${started.uri} in ${(started.millis / 1000).toFixed(1)}s`);
  const executor = Executor.fromConfig(loadConfig({ NEO4J_URI: started.uri }));
  const repository = new ArticleRepository(executor);
  const write = (writers: number) => measureWrite(repository, files, facts, writers, batchSize, started.pid);
  try {
    await migrate(executor);
    // One writer first, on the freshly started Neo4j (its JIT still cold), then the writers on an emptied graph.
    const one = await write(1);
    report(`write phase, 1 writer, ${batchSize} articles a transaction (Neo4j just started)`, one.stats, one);
    const oneGraph = await graphSignature(executor);

    await clearGraph(executor);
    await migrate(executor);
    const many = await write(concurrency);
    report(`write phase, ${concurrency} writers, ${batchSize} articles a transaction`, many.stats, many);
    const manyGraph = await graphSignature(executor);
    console.log(`graphs of 1 writer and of ${concurrency} writers: ${oneGraph.events} and ${manyGraph.events} events; identical: ${same(oneGraph, manyGraph)}`);
    console.log(`digest: ${oneGraph.digest.slice(0, 16)} (1 writer), ${manyGraph.digest.slice(0, 16)} (${concurrency} writers)`);

    const again = await write(concurrency);
    const againGraph = await graphSignature(executor);
    console.log(`same files again: ${again.stats.unchanged} unchanged, ${again.stats.written + again.stats.replaced} written in ${again.seconds.toFixed(1)} s; graph unchanged: ${same(manyGraph, againGraph)}`);
  } finally {
    await executor.close();
    await local.stop(cfg);
  }
}

/** Extracts every article once, timing it; the write phases then read the facts from here. */
async function extractAll(files: string[]): Promise<Map<string, ExtractionResult>> {
  const facts = new Map<string, ExtractionResult>();
  let chars = 0;
  const cpu = process.cpuUsage();
  const began = process.hrtime.bigint();
  for (const file of files) {
    for await (const item of readArticles(file)) {
      if (!item.ok) continue;
      facts.set(item.article.contentHash, extractArticle(item.article));
      chars += item.article.text.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const used = process.cpuUsage(cpu);
  console.log(`extraction phase:    ${facts.size} articles, ${(chars / 1e6).toFixed(2)} MB in ${seconds.toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} CPU s`);
  return facts;
}

interface WriteRun {
  stats: IngestStats;
  seconds: number;
  nodeCpu: number;
  neo4jCpu: number | null;
}

async function measureWrite(repository: ArticleRepository, files: string[], facts: Map<string, ExtractionResult>, writers: number, batchSize: number, pid?: number): Promise<WriteRun> {
  const extract = (article: Article) => facts.get(article.contentHash) ?? extractArticle(article);
  const cpu = process.cpuUsage();
  const neo4jBefore = processCpuSeconds(pid);
  const began = process.hrtime.bigint();
  const stats = await ingestPaths(repository, files, { extract, concurrency: writers, batchSize });
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const used = process.cpuUsage(cpu);
  const neo4jAfter = processCpuSeconds(pid);
  return { stats, seconds, nodeCpu: (used.user + used.system) / 1e6, neo4jCpu: neo4jBefore === null || neo4jAfter === null ? null : neo4jAfter - neo4jBefore };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
function processCpuSeconds(pid?: number): number | null {
  if (!pid) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function report(title: string, stats: IngestStats, run: WriteRun): void {
  const events = stats.eventsCreated + stats.eventsMerged;
  console.log('');
  console.log(`${title}:`);
  console.log(`  articles:          ${stats.read} read, ${stats.written} written, ${stats.unchanged} unchanged, ${stats.failed} failed`);
  console.log(`  reports of events: ${events} (${stats.eventsCreated} opened an event, ${stats.eventsMerged} joined one, ${stats.eventsAbsorbed} events merged into an earlier one)`);
  console.log(`  wall time:         ${run.seconds.toFixed(1)} s (${(stats.writeWallMs / 1000).toFixed(1)} s with a write in flight), ${(stats.read / run.seconds).toFixed(0)} articles/s`);
  console.log(`  CPU:               Neo4j ${run.neo4jCpu === null ? 'n/a' : `${run.neo4jCpu.toFixed(1)} s`}, this process ${run.nodeCpu.toFixed(1)} s`);
}

function same(a: GraphSignature, b: GraphSignature): string {
  const labels = JSON.stringify(a.labels) === JSON.stringify(b.labels);
  const types = JSON.stringify(a.types) === JSON.stringify(b.types);
  return labels && types && a.digest === b.digest ? 'yes' : `NO (labels ${labels ? 'same' : 'differ'}, relationships ${types ? 'same' : 'differ'}, events ${a.digest === b.digest ? 'same' : 'differ'})`;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
