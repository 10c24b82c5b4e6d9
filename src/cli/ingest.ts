import { loadConfig } from '../config';
import { ArticleRepository } from '../graph/article.repository';
import { migrate } from '../graph/migrate';
import { normalizeDate } from '../model/article';
import { extractArticle } from '../ingest/extractor';
import { DEFAULT_BATCH_SIZE, IngestAborted, ingestPaths, IngestStats } from '../ingest/pipeline';
import { parseArgs, UsageError } from './args';
import { openDatabase } from './database';
import { CliIO, printable } from './io';
import { ProgressBar } from './progress';

export const INGEST_HELP = `Usage: diplograph ingest [options] FILE|DIR...

Extracts articles and writes them to Neo4j, a batch of articles per transaction (a failed batch
is written again article by article, so a bad article fails alone). Reads .jsonl (one
article a line: id, publisher, url, title, published, text) and .txt (one article a file), and
folders of them. Idempotent: an unchanged article is skipped; a changed one replaces its events.
A bad line is reported with its file and line number and the other articles still go in. An id
read again with other content in the same run is an error for the later line; the first stays.

Options:
  --date YYYY-MM-DD   the date of .txt articles (JSON Lines articles carry their own)
  --title TEXT        the title of .txt articles
  --concurrency N     transactions written at once (default 4)
  --batch N           articles per transaction (default ${DEFAULT_BATCH_SIZE})
  --json              print the summary as JSON
  --quiet             no progress bar and no per-line errors, only the summary

Exit status: 0 when every article went in, 1 when any failed (the others are in).

Examples:
  diplograph ingest ../shared/corpus/seed.jsonl
  diplograph ingest --date 2022-02-21 article.txt
  diplograph ingest ../shared/corpus/
`;

export function summaryLine(stats: IngestStats, seconds: number): string {
  return (
    `articles: ${stats.read} read, ${stats.written + stats.replaced} written (${stats.replaced} replaced), ${stats.unchanged} unchanged, ${stats.failed} failed; ` +
    `entities: ${stats.entitiesCreated} created; events: ${stats.eventsCreated} created, ${stats.eventsMerged} merged; ${seconds.toFixed(1)}s`
  );
}

export async function runIngest(args: string[], io: CliIO): Promise<number> {
  const { options, positional } = parseArgs(args, { values: ['date', 'title', 'concurrency', 'batch'], flags: ['json', 'quiet'] });
  if (options.help) {
    io.stdout.write(INGEST_HELP);
    return 0;
  }
  if (positional.length === 0) throw new UsageError('name at least one FILE or DIR to ingest');
  const date = typeof options.date === 'string' ? normalizeDate(options.date) : undefined;
  const concurrency = options.concurrency === undefined ? 4 : Number(options.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError('--concurrency takes a whole number from 1 to 64');
  const batchSize = options.batch === undefined ? DEFAULT_BATCH_SIZE : Number(options.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 500) throw new UsageError('--batch takes a whole number from 1 to 500');

  const config = loadConfig();
  const db = await openDatabase(config, { startLocal: false, log: (l) => io.stderr.write(`${l}\n`) });
  const bar = new ProgressBar(io.stderr, 'ingest');
  const quiet = options.quiet === true;
  const began = Date.now();
  try {
    await migrate(db.executor);
    const stats = await ingestPaths(new ArticleRepository(db.executor), positional, {
      extract: extractArticle,
      concurrency,
      batchSize,
      meta: { date, title: typeof options.title === 'string' ? options.title : undefined },
      onProgress: (s, total) => {
        if (!quiet) bar.update(s.read, total);
      },
      onFailure: (failure) => {
        if (quiet) return;
        bar.done();
        io.stderr.write(`${printable(`${failure.where}: ${failure.error}`)}\n`);
      },
    });
    bar.done();
    const seconds = (Date.now() - began) / 1000;
    io.stdout.write(options.json ? `${JSON.stringify({ ...stats, seconds })}\n` : `${summaryLine(stats, seconds)}\n`);
    return stats.failed > 0 ? 1 : 0;
  } catch (error) {
    bar.done();
    if (error instanceof IngestAborted) {
      io.stderr.write(`${printable(`diplograph ingest: ${error.message}`)}\n`);
      io.stdout.write(`${summaryLine(error.stats, (Date.now() - began) / 1000)}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}
