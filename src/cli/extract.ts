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

  let input: NodeJS.ReadableStream;
  if (file === '-') input = io.stdin;
  else {
    try {
      if (!fs.statSync(file).isFile()) throw new Error('not a file');
    } catch (e) {
      io.stderr.write(`diplograph extract: ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 1;
    }
    input = fs.createReadStream(file, { encoding: 'utf8' });
  }
  const lines = peekLines(input);
  const jsonl = file === '-' ? (await lines.first())?.trimStart().startsWith('{') ?? false : /\.jsonl$/i.test(file);
  const fail = (where: string, error: string) => io.stderr.write(`${printable(`diplograph extract: ${where}: ${error}`)}\n`);

  if (!jsonl) {
    let article;
    try {
      article = articleFromText(await lines.rest(), name, { date, title });
    } catch (e) {
      fail(name, (e as Error).message);
      return 1;
    }
    io.stdout.write(`${JSON.stringify({ id: article.id, ...extractArticle({ ...article, title }) }, null, 2)}\n`);
    return 0;
  }
  let failed = 0;
  let articles = 0;
  let lastLine = 0;
  const stem = path.basename(name).replace(/\.[^.]+$/, '');
  const line = (doc: object) => io.stdout.write(`${JSON.stringify(doc)}\n`);
  for await (const item of readJsonLines(name, lines.stream())) {
    // a blank line gets its own error line, so output line N stays input line N
    for (let blank = lastLine + 1; blank < (item.line ?? blank); blank++) line({ id: `${stem}:${blank}`, error: 'empty line' });
    lastLine = item.line ?? lastLine;
    if (!item.ok) {
      failed++;
      fail(where(item), item.error);
      line({ id: item.id ?? `${stem}:${item.line}`, error: item.error });
      continue;
    }
    articles++;
    const { id, published, title: own } = item.article;
    try {
      line({ id, ...extractArticle({ ...item.article, published: published ?? date, title: own ?? title }) });
    } catch (e) {
      failed++;
      fail(where(item), `extraction failed: ${(e as Error).message}`);
      line({ id, error: `extraction failed: ${(e as Error).message}` });
    }
  }
  if (articles === 0 && failed === 0) {
    fail(name, 'empty input');
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
