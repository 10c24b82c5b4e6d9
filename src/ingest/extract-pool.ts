import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

import { GraphError } from '../graph/errors';
import { Article } from '../model/article';
import { ArticleWritePlan } from '../model/plan';

/** What a worker sends back: the article's write plan, made off the event loop. */
export interface PlannedArticle {
  plan: ArticleWritePlan;
  eventsExtracted: number;
}

export interface ExtractPoolOptions {
  workers: number;
  /** articles that may wait for a worker; one more is refused at once */
  queue: number;
  /** an extraction that runs longer is stopped (its worker is replaced) */
  timeoutMs: number;
}

interface Job {
  id: number;
  article: Article;
  resolve: (planned: PlannedArticle) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

/** The compiled worker (dist/ingest/extract.worker.js); under ts tooling, the build's copy. */
function workerFile(): string {
  const here = resolve(__dirname, 'extract.worker.js');
  return existsSync(here) ? here : resolve(__dirname, '..', '..', 'dist', 'ingest', 'extract.worker.js');
}

/**
 * Extraction (and the write plan) off the event loop: a fixed set of worker threads, a bounded queue in front of them.
 * A full queue answers SERVICE_UNAVAILABLE at once; an extraction past its time limit is stopped
 * and answers QUERY_TIMEOUT; a worker that dies is replaced.
 */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ExtractPoolOptions) {
    for (let i = 0; i < options.workers; i++) this.slots.push(this.spawn());
  }

  /** The extractor the API's ingest service takes: extraction and planning in a worker. */
  readonly extract = (article: Article): Promise<PlannedArticle> => {
    if (this.closed) return Promise.reject(new GraphError('SERVICE_UNAVAILABLE', 'The server is stopping.'));
    if (this.waiting.length >= this.options.queue) {
      return Promise.reject(new GraphError('SERVICE_UNAVAILABLE', `The server is busy extracting other articles (${this.waiting.length} waiting); try again shortly.`));
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, article, resolve, reject });
      this.dispatch();
    });
  };

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new GraphError('SERVICE_UNAVAILABLE', 'The server is stopping.'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(workerFile()), job: undefined, timer: undefined };
    slot.worker.unref();
    slot.worker.on('message', (message: { id: number; planned?: PlannedArticle; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      this.finish(slot);
      if (message.error !== undefined) job.reject(new Error(`extraction failed: ${message.error}`));
      else job.resolve(message.planned!);
    });
    slot.worker.on('error', (error) => this.replace(slot, error));
    slot.worker.on('exit', () => this.replace(slot, new Error('an extraction worker stopped')));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.waiting.length === 0) continue;
      const job = this.waiting.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        const error = new GraphError('QUERY_TIMEOUT', `Extracting the article took longer than ${this.options.timeoutMs} ms and was stopped.`);
        this.replace(slot, error);
      }, this.options.timeoutMs);
      slot.worker.postMessage({ id: job.id, article: job.article });
    }
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    this.dispatch();
  }

  /** Ends a slot's worker (stuck, failed or exited), fails its job, and starts a fresh worker in its place. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    job?.reject(error);
    if (this.closed) return;
    this.slots[index] = this.spawn();
    this.dispatch();
  }
}
