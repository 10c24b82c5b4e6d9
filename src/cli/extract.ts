import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';

import { articleFromText } from '../model/article';
import { extractArticle } from '../ingest/extractor';
import { readJsonLines, where } from '../ingest/sources';
import { parseArgs, UsageError } from './args';
import { CliIO, printable } from './io';

export const EXTRACT_HELP = `Usage: diplograph extract [--date YYYY-MM-DD] [--title T] [FILE|-]

Prints the facts of an article as JSON: { "id", "entities": [...], "events": [...] }. Needs no database.
  FILE.txt    plain text: one JSON document
  FILE.jsonl  one article per line (fields as in ../shared/corpus): one JSON document per line,
              in order, each dated by its own "published"
  -           standard input (the default); read as JSON Lines when its first line is a JSON object

Options:
  --date YYYY-MM-DD   the article date, for titles and relative dates ("yesterday"); without it
                      they stay unresolved
  --title TEXT        the article title

Output line N is always input line N: each carries its article's "id" (a line's own "id", else
FILE-STEM:LINE). A malformed, empty or failing line is reported on stderr with its file and line
number and prints { "id", "error" } in its place; the other lines are still processed.

Exit status: 0 done, 1 a line or the file could not be read or extracted, 2 wrong usage.

Examples:
  diplograph extract --date 2022-02-21 ../shared/corpus/seed-article.txt
  diplograph extract ../shared/corpus/seed.jsonl | jq '.events[] | {relation, sentence}'
  echo "Putin accused NATO of ignoring Russia's concerns." | diplograph extract --date 2022-02-21
`;

/** `diplograph extract`: see EXTRACT_HELP. Returns the exit code. */
export async function runExtract(args: string[], io: CliIO): Promise<number> {
  const { options, positional } = parseArgs(args, { values: ['date', 'title'] });
  if (options.help) {
    io.stdout.write(EXTRACT_HELP);
    return 0;
  }
  if (positional.length > 1) throw new UsageError('give one FILE (or - for standard input)');
  const date = typeof options.date === 'string' ? options.date : undefined;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
  const title = typeof options.title === 'string' ? options.title : undefined;
  const file = positional[0] ?? '-';
  const name = file === '-' ? '<stdin>' : file;
  const input = openInput(file, io);
  if (!input) return 1;
  const lines = peekLines(input);
  const jsonl = file === '-' ? (await lines.first())?.trimStart().startsWith('{') ?? false : /\.jsonl$/i.test(file);
  const run: ExtractRun = { name, date, title, io };
  return jsonl ? extractLines(run, lines.stream()) : extractText(run, await lines.rest());
}

/** What one `diplograph extract` run reads with: the input's name, the options, the streams. */
interface ExtractRun {
  name: string;
  date: string | undefined;
  title: string | undefined;
  io: CliIO;
}

/** The input stream of FILE (standard input for "-"), or undefined after telling why it cannot be read. */
function openInput(file: string, io: CliIO): NodeJS.ReadableStream | undefined {
  if (file === '-') return io.stdin;
  try {
    if (!fs.statSync(file).isFile()) throw new Error('not a file');
  } catch (e) {
    io.stderr.write(`diplograph extract: ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return undefined;
  }
  return fs.createReadStream(file, { encoding: 'utf8' });
}

function fail(run: ExtractRun, where: string, error: string): void {
  run.io.stderr.write(`${printable(`diplograph extract: ${where}: ${error}`)}\n`);
}

/** Plain text: one article, one JSON document. */
function extractText(run: ExtractRun, text: string): number {
  let article;
  try {
    article = articleFromText(text, run.name, { date: run.date, title: run.title });
  } catch (e) {
    fail(run, run.name, (e as Error).message);
    return 1;
  }
  run.io.stdout.write(`${JSON.stringify({ id: article.id, ...extractArticle({ ...article, title: run.title }) }, null, 2)}\n`);
  return 0;
}

/** JSON Lines: one output line per input line, in order, a failing line as { "id", "error" }. */
async function extractLines(run: ExtractRun, input: NodeJS.ReadableStream): Promise<number> {
  let failed = 0;
  let articles = 0;
  let lastLine = 0;
  const stem = path.basename(run.name).replace(/\.[^.]+$/, '');
  const line = (doc: object) => run.io.stdout.write(`${JSON.stringify(doc)}\n`);
  for await (const item of readJsonLines(run.name, input)) {
    // a blank line gets its own error line, so output line N stays input line N
    for (let blank = lastLine + 1; blank < (item.line ?? blank); blank++) line({ id: `${stem}:${blank}`, error: 'empty line' });
    lastLine = item.line ?? lastLine;
    if (!item.ok) {
      failed++;
      fail(run, where(item), item.error);
      line({ id: item.id ?? `${stem}:${item.line}`, error: item.error });
      continue;
    }
    articles++;
    const { id, published, title: own } = item.article;
    try {
      line({ id, ...extractArticle({ ...item.article, published: published ?? run.date, title: own ?? run.title }) });
    } catch (e) {
      failed++;
      fail(run, where(item), `extraction failed: ${(e as Error).message}`);
      line({ id, error: `extraction failed: ${(e as Error).message}` });
    }
  }
  if (articles === 0 && failed === 0) {
    fail(run, run.name, 'empty input');
    return 1;
  }
  return failed ? 1 : 0;
}

/** Lets the first line of a stream be looked at (to tell JSON Lines from text) before the whole is read. */
function peekLines(input: NodeJS.ReadableStream) {
  const chunks: string[] = [];
  let head: string | undefined;
  const iterator = (input as AsyncIterable<string | Buffer>)[Symbol.asyncIterator]();
  let done = false;
  const pull = async () => {
    const next = await iterator.next();
    if (next.done) done = true;
    else chunks.push(String(next.value));
    return !next.done;
  };
  return {
    async first(): Promise<string | undefined> {
      while (head === undefined && !chunks.join('').includes('\n') && (await pull()));
      head = chunks.join('').split('\n')[0];
      return head === '' && done ? undefined : head;
    },
    async rest(): Promise<string> {
      while (await pull());
      return chunks.join('');
    },
    stream(): NodeJS.ReadableStream {
      const buffered = chunks.splice(0);
      return Readable.from(
        (async function* () {
          yield* buffered;
          if (!done) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield String(next.value);
        })(),
      );
    },
  };
}
