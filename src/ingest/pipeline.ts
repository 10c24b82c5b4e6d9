import { createReadStream } from 'node:fs';
import { extname } from 'node:path';

import { ExtractionResult } from '../extract/types';
import { ArticleRepository, WriteOutcome } from '../graph/article.repository';
import { DatabaseAuthError, DatabaseUnavailableError, isTransient } from '../graph/errors';
import { Article } from '../model/article';
import { planArticleWrite } from '../model/plan';
import { expandInputs, readArticles, SourceItem, where } from './sources';

export type Extractor = (article: Article) => ExtractionResult;

export interface IngestStats {
  read: number;
  written: number;
  replaced: number;
  unchanged: number;
  failed: number;
  entitiesCreated: number;
  eventsCreated: number;
  eventsMerged: number;
  /** milliseconds spent extracting, and waiting on Neo4j writes */
  extractMs: number;
  writeMs: number;
  /** characters of article text extracted */
  chars: number;
}

export interface IngestFailure {
  where: string;
  error: string;
}

export interface IngestOptions {
  extract: Extractor;
  /** articles written at once (each in its own transaction) */
  concurrency?: number;
  onProgress?: (stats: IngestStats, total: number) => void;
  onFailure?: (failure: IngestFailure) => void;
  /** for .txt files: the article date and title */
  meta?: { date?: string; title?: string };
}

/** The database went away mid-run: what was written is whole; running again completes the rest. */
export class IngestAborted extends Error {
  constructor(
    readonly stats: IngestStats,
    cause: Error,
  ) {
    super(`${cause.message} Stopped after ${stats.read} articles; every article written is complete, and running the same command again completes the rest.`);
    this.name = 'IngestAborted';
  }
}

export function emptyStats(): IngestStats {
  return { read: 0, written: 0, replaced: 0, unchanged: 0, failed: 0, entitiesCreated: 0, eventsCreated: 0, eventsMerged: 0, extractMs: 0, writeMs: 0, chars: 0 };
}

/** Counts the articles of the inputs ahead of the run, for the progress bar's remaining time. */
export async function countArticles(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (extname(file).toLowerCase() !== '.jsonl') {
      total++;
      continue;
    }
    let lastByte = 10;
    for await (const chunk of createReadStream(file)) {
      const buffer = chunk as Buffer;
      for (let i = 0; i < buffer.length; i++) if (buffer[i] === 10) total++;
      if (buffer.length) lastByte = buffer[buffer.length - 1];
    }
    if (lastByte !== 10) total++;
  }
  return total;
}

/**
 * Reads, extracts and writes articles: extraction of the next articles overlaps the writes of the
 * previous ones; each article is one transaction. A bad line or article is reported and skipped;
 * Neo4j going away stops the run (IngestAborted), since nothing more could be written.
 */
export async function ingestPaths(repository: ArticleRepository, paths: string[], options: IngestOptions): Promise<IngestStats> {
  const stats = emptyStats();
  const { files, errors } = expandInputs(paths);
  const total = await countArticles(files);
  const fail = (failure: IngestFailure) => {
    stats.failed++;
    options.onFailure?.(failure);
  };
  for (const item of errors) fail({ where: where(item), error: (item as { error: string }).error });

  const limit = Math.max(1, options.concurrency ?? 4);
  const inFlight = new Set<Promise<void>>();
  let fatal: Error | undefined;
  const progress = () => options.onProgress?.(stats, total);

  const write = async (item: Extract<SourceItem, { ok: true }>, facts: ExtractionResult) => {
    const began = Date.now();
    try {
      const plan = planArticleWrite(item.article, facts);
      const outcome: WriteOutcome = await withRetries(() => repository.write(plan));
      stats[outcome.status]++;
      stats.entitiesCreated += outcome.entitiesCreated;
      stats.eventsCreated += outcome.eventsCreated;
      stats.eventsMerged += outcome.eventsMerged;
    } catch (error) {
      if (error instanceof DatabaseUnavailableError || error instanceof DatabaseAuthError) fatal ??= error;
      else fail({ where: where(item), error: (error as Error).message });
    } finally {
      stats.writeMs += Date.now() - began;
      progress();
    }
  };

  for (const file of files) {
    for await (const item of readArticles(file, options.meta)) {
      if (fatal) break;
      stats.read++;
      if (!item.ok) {
        fail({ where: where(item), error: item.error });
        progress();
        continue;
      }
      let facts: ExtractionResult;
      const began = Date.now();
      try {
        facts = options.extract(item.article);
      } catch (error) {
        fail({ where: where(item), error: `extraction failed: ${(error as Error).message}` });
        progress();
        continue;
      } finally {
        stats.extractMs += Date.now() - began;
      }
      stats.chars += item.article.text.length;
      const task: Promise<void> = write(item, facts).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    if (fatal) break;
  }
  await Promise.all(inFlight);
  if (fatal) throw new IngestAborted(stats, fatal);
  return stats;
}

/**
 * The driver retries transient errors for a while; under heavy contention (several writers on the
 * same hub nodes) a deadlock can outlast that, so the whole article is tried again a few times.
 * Safe: an article's write is one idempotent transaction.
 */
export async function withRetries<T>(work: () => Promise<T>, attempts = 4, pauseMs = 250): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt * (1 + Math.random())));
    }
  }
}
