import * as fs from 'fs';
import * as readline from 'readline';
import { looksBinary, parseArticleLine } from '../extract/article-line';
import { extract } from '../extract';
import { parseArgs, UsageError } from './args';
import type { CliIO } from './io';

export const EXTRACT_HELP = `Usage: diplograph extract [--date YYYY-MM-DD] [--title T] [FILE|-]

Prints the facts of an article as JSON: { "entities": [...], "events": [...] }. Needs no database.
  FILE.txt    plain text: one JSON document
  FILE.jsonl  one article per line (fields as in ../shared/corpus): one JSON document per line,
              in order, each dated by its own "published"
  -           standard input (the default); read as JSON Lines when its first line is a JSON object

Options:
  --date YYYY-MM-DD   the article date, for titles and relative dates ("yesterday"); without it
                      they stay unresolved
  --title TEXT        the article title

A malformed line is reported on stderr with its file and line number and prints nothing on stdout;
the other lines are still processed.

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
  const jsonl = file !== '-' ? /\.jsonl$/i.test(file) : undefined;
  const rl = readline.createInterface({ input, crlfDelay: Infinity });

  let failed = 0;
  let lineNo = 0;
  let mode: 'jsonl' | 'text' | undefined = jsonl === undefined ? undefined : jsonl ? 'jsonl' : 'text';
  const textLines: string[] = [];
  for await (const line of rl) {
    lineNo++;
    if (mode === undefined) mode = line.trimStart().startsWith('{') ? 'jsonl' : 'text';
    if (mode === 'text') {
      textLines.push(line);
      continue;
    }
    if (!line.trim()) continue;
    const parsed = parseArticleLine(line, date);
    if (!parsed.ok) {
      failed++;
      io.stderr.write(`diplograph extract: ${name}:${lineNo}: ${parsed.error}\n`);
      continue;
    }
    try {
      io.stdout.write(`${JSON.stringify(extract(parsed.input))}\n`);
    } catch (e) {
      failed++;
      io.stderr.write(`diplograph extract: ${name}:${lineNo}: extraction failed: ${(e as Error).message}\n`);
    }
  }
  if (mode === 'jsonl' || mode === undefined) {
    if (lineNo === 0 || mode === undefined) {
      io.stderr.write(`diplograph extract: ${name}: empty input\n`);
      return 1;
    }
    return failed ? 1 : 0;
  }
  const text = textLines.join('\n');
  if (!text.trim()) {
    io.stderr.write(`diplograph extract: ${name}: empty text\n`);
    return 1;
  }
  if (looksBinary(text)) {
    io.stderr.write(`diplograph extract: ${name}: binary data, not a text article\n`);
    return 1;
  }
  io.stdout.write(`${JSON.stringify(extract({ text, date, title }), null, 2)}\n`);
  return 0;
}
