import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SHARED = process.env.SHARED_DIR ?? resolve(__dirname, '..', '..', '..', 'shared');
export const CORPUS = join(SHARED, 'corpus');
export const SEED_JSONL = join(CORPUS, 'seed.jsonl');
export const PAX_CSV = join(SHARED, 'data', 'pax_all_agreements_data_v6.csv');
export const CORPUS_FILES = ['kremlin-2021-2022.jsonl', 'ukraine-president-2021-2022.jsonl', 'whitehouse-2021-2022.jsonl'].map((f) => join(CORPUS, f));

export type CorpusRecord = { id: string; publisher: string; url: string; title: string; published: string; text: string };

let all: CorpusRecord[] | undefined;

export function corpusRecords(): CorpusRecord[] {
  all ??= CORPUS_FILES.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as CorpusRecord),
  );
  return all;
}

export function corpusRecord(id: string): CorpusRecord {
  const record = corpusRecords().find((r) => r.id === id);
  if (!record) throw new Error(`no corpus article ${id}`);
  return record;
}

/** Writes records (or raw lines) to a temporary .jsonl file and returns its path. */
export function tempJsonl(lines: Array<object | string>, name = 'articles.jsonl'): string {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-'));
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
}
