import { createReadStream, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';

import { Article, ArticleError, articleFromRecord, articleFromText, recordId } from '../model/article';

/** One unit of input: an article, or the reason a line or file could not be read, with where. */
export type SourceItem =
  | { ok: true; article: Article; file: string; line?: number }
  | { ok: false; file: string; line?: number; error: string; id?: string };

export const INPUT_EXTENSIONS = ['.jsonl', '.txt'];

/** Expands folders (recursively, sorted) into the .txt and .jsonl files below them. */
export function expandInputs(paths: string[]): { files: string[]; errors: SourceItem[] } {
  const files: string[] = [];
  const errors: SourceItem[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      errors.push({ ok: false, file: path, error: 'no such file or folder' });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name), false);
    } else if (INPUT_EXTENSIONS.includes(extname(path).toLowerCase())) {
      files.push(path);
    } else if (explicit) {
      errors.push({ ok: false, file: path, error: `not a .txt or .jsonl file` });
    }
  };
  for (const path of paths) visit(path, true);
  return { files, errors };
}

/**
 * Reads the articles of a file, one by one: JSON Lines line by line (a bad line is an error item
 * naming its number, and the next lines still come), plain text as one article.
 */
export async function* readArticles(file: string, meta: { date?: string; title?: string } = {}): AsyncGenerator<SourceItem> {
  if (extname(file).toLowerCase() === '.jsonl') {
    yield* readJsonLines(file, createReadStream(file, { encoding: 'utf8' }));
    return;
  }
  try {
    const text = await readFile(file, 'utf8');
    yield { ok: true, article: articleFromText(text, file, meta), file };
  } catch (error) {
    yield { ok: false, file, error: describe(error) };
  }
}

export async function* readJsonLines(file: string, stream: NodeJS.ReadableStream): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  const stem = basename(file).replace(/\.[^.]+$/, '');
  for await (const raw of lines) {
    number++;
    if (raw.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      yield { ok: false, file, line: number, error: `invalid JSON (${(error as Error).message.slice(0, 120)})` };
      continue;
    }
    try {
      yield { ok: true, article: articleFromRecord(record, `${stem}:${number}`), file, line: number };
    } catch (error) {
      yield { ok: false, file, line: number, error: describe(error), id: recordId(record, `${stem}:${number}`) };
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof ArticleError) return error.message;
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EISDIR') return 'is a folder';
  return e?.message ?? String(error);
}

export function where(item: { file: string; line?: number }): string {
  return item.line === undefined ? item.file : `${item.file}:${item.line}`;
}
