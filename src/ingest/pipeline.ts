import { createReadStream } from 'node:fs';
import { extname } from 'node:path';

import { ExtractionResult } from '../extract/types';
import { ArticleRepository, BatchOutcome } from '../graph/article.repository';
import { DatabaseAuthError, DatabaseUnavailableError, isTransient } from '../graph/errors';
import { Article } from '../model/article';
import { ArticleWritePlan, planArticleWrite } from '../model/plan';
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
  /** events merged away into an earlier one, when a report bridged the two */
  eventsAbsorbed: number;
  /** milliseconds spent extracting, waiting on Neo4j writes (summed over the writers), and with any write in flight */
  extractMs: number;
  writeMs: number;
  writeWallMs: number;
  /** characters of article text extracted */
  chars: number;
}

export interface IngestFailure {
  where: string;
  error: string;
}

export interface IngestOptions {
  extract: Extractor;
  /** transactions written at once */
  concurrency?: number;
  /** articles per transaction (default DEFAULT_BATCH_SIZE) */
  batchSize?: number;
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
  return { read: 0, written: 0, replaced: 0, unchanged: 0, failed: 0, entitiesCreated: 0, eventsCreated: 0, eventsMerged: 0, eventsAbsorbed: 0, extractMs: 0, writeMs: 0, writeWallMs: 0, chars: 0 };
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

type Ready = { item: Extract<SourceItem, { ok: true }>; plan: ArticleWritePlan };

/** Articles per transaction, and the most events one transaction takes. */
export const DEFAULT_BATCH_SIZE = 64;
const MAX_BATCH_EVENTS = 1000;

/**
 * Reads, extracts and writes articles: extraction of the next articles overlaps the writes of the
 * previous ones; a batch of articles is one transaction, and when it fails its articles are tried
 * one by one, so a bad article fails alone. A bad line or article is reported and skipped; an id
 * read again with other content is an error for the later line (the first stays); Neo4j going away
 * stops the run (IngestAborted), since nothing more could be written.
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
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const inFlight = new Set<Promise<void>>();
  const clock = writeClock(stats);
  let fatal: Error | undefined;
  const progress = () => options.onProgress?.(stats, total);
  const seen = new Map<string, { hash: string; where: string }>();

  const record = (outcome: BatchOutcome) => {
    for (const status of outcome.statuses.values()) stats[status]++;
    stats.entitiesCreated += outcome.entitiesCreated;
    stats.eventsCreated += outcome.eventsCreated;
    stats.eventsMerged += outcome.eventsMerged;
    stats.eventsAbsorbed += outcome.eventsAbsorbed;
  };
  const writeOne = async (ready: Ready) => {
    try {
      record(await withRetries(() => repository.writeBatch([ready.plan])));
    } catch (error) {
      if (isFatal(error)) fatal ??= error as Error;
      else fail({ where: where(ready.item), error: (error as Error).message });
    }
  };
  const write = async (batch: Ready[]) => {
    clock.begin();
    try {
      record(await withRetries(() => repository.writeBatch(batch.map((r) => r.plan))));
    } catch (error) {
      if (isFatal(error)) fatal ??= error as Error;
      else if (batch.length === 1) fail({ where: where(batch[0].item), error: (error as Error).message });
      // One bad article must not take the others down: each alone, in its own transaction.
      else for (const ready of batch) if (!fatal) await writeOne(ready);
    } finally {
      clock.end();
      progress();
    }
  };

  let pending: Ready[] = [];
  let pendingEvents = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const task: Promise<void> = write(pending).finally(() => inFlight.delete(task));
    inFlight.add(task);
    pending = [];
    pendingEvents = 0;
    if (inFlight.size >= limit) await Promise.race(inFlight);
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
      const { id, contentHash } = item.article;
      const first = seen.get(id);
      if (first) {
        if (first.hash === contentHash) stats.unchanged++;
        else fail({ where: where(item), error: `id: "${id}" was read before at ${first.where} with other content; that one is kept, this line is not written` });
        progress();
        continue;
      }
      seen.set(id, { hash: contentHash, where: where(item) });
      const plan = extractAndPlan(item, options.extract, stats, fail);
      if (!plan) {
        progress();
        continue;
      }
      pending.push({ item, plan });
      pendingEvents += plan.events.length;
      if (pending.length >= batchSize || pendingEvents >= MAX_BATCH_EVENTS) await flush();
    }
    if (fatal) break;
  }
  if (!fatal) await flush();
  await Promise.all(inFlight);
  if (fatal) throw new IngestAborted(stats, fatal);
  return stats;
}

const isFatal = (error: unknown) => error instanceof DatabaseUnavailableError || error instanceof DatabaseAuthError;

function extractAndPlan(item: Ready['item'], extract: Extractor, stats: IngestStats, fail: (f: IngestFailure) => void): ArticleWritePlan | undefined {
  const began = Date.now();
  try {
    const facts = extract(item.article);
    stats.chars += item.article.text.length;
    return planArticleWrite(item.article, facts);
  } catch (error) {
    fail({ where: where(item), error: `extraction failed: ${(error as Error).message}` });
    return undefined;
  } finally {
    stats.extractMs += Date.now() - began;
  }
}

/** Wall time with at least one write in flight (writeWallMs), beside the sum over writers (writeMs). */
function writeClock(stats: IngestStats) {
  let active = 0;
  let since = 0;
  const began: number[] = [];
  return {
    begin() {
      if (active++ === 0) since = Date.now();
      began.push(Date.now());
    },
    end() {
      stats.writeMs += Date.now() - (began.shift() ?? Date.now());
      if (--active === 0) stats.writeWallMs += Date.now() - since;
    },
  };
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
