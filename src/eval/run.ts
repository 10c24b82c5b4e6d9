/**
 * `npm run eval`: how well extraction reads the seed article, the PLOVER gold standard (GSR dev),
 * the PLV sentences split into tune and validation (src/eval/split.ts), and the corpus, and how fast.
 * SHARED_DIR overrides the location of ../shared (default: beside the repository root).
 *
 *   npm run eval                         all figures
 *   npm run eval -- --sample 40          also 40 corpus events drawn at random (seed 1; --seed N)
 *   npm run eval -- --errors tune|gsr    also the records missed (never for validation)
 */
import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../extract';
import type { ExtractionResult } from '../extract/types';
import { extractArticle } from '../ingest/extractor';
import { readCorpus, sampleEvents, type CorpusArticle } from './corpus';
import { extractedCountries, goldCategory, goldCountries } from './plover';
import { scorePlv, type PlvRecord } from './plv';
import { factFound, type GoldFact } from './seed-facts';
import { evalSetOf, type EvalSet } from './split';
import { Tally } from './tally';

function sharedDir(): string {
  if (process.env.SHARED_DIR) return path.resolve(process.env.SHARED_DIR);
  const candidates = [path.resolve(process.cwd(), '../shared'), path.resolve(__dirname, '../../../../shared')];
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0];
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

function seed(shared: string): void {
  const gold = readJson(path.join(shared, 'gold/seed-facts.json'));
  const text = fs.readFileSync(path.join(shared, 'corpus/seed-article.txt'), 'utf8');
  const result = extract({ text, date: '2022-02-21' });
  const check = (facts: GoldFact[]): GoldFact[] => facts.filter((f) => factFound(f, result));
  const req = check(gold.required);
  const str = check(gold.stretch);
  const bad = check(gold.must_not);
  console.log('== seed article (corpus/seed-article.txt, --date 2022-02-21)');
  console.log(`required facts found: ${req.length}/${gold.required.length}`);
  for (const f of gold.required as GoldFact[]) if (!req.includes(f)) console.log(`  missing: ${f.id}`);
  console.log(`stretch facts found:  ${str.length}/${gold.stretch.length}${str.length ? ` (${str.map((f) => f.id).join(', ')})` : ''}`);
  console.log(`must_not readings:    ${bad.length}${bad.length ? ` (${bad.map((f) => f.why).join('; ')})` : ''}`);
}

interface GsrRecord { id: string; text: string; event: string; source: unknown; target: unknown; date?: string }

function gsr(shared: string, showErrors: boolean): void {
  const records: GsrRecord[] = readJson(path.join(shared, 'eval/plover-gsr-dev.json')).records;
  const t = new Tally();
  let actorHit = 0;
  let actorTotal = 0;
  for (const r of records) {
    const cat = goldCategory(r.event);
    const result = t.time(r.text, () => extract({ text: r.text, date: r.date }));
    const ok = result.events.some((e) => e.plover === cat);
    t.add(cat, { category: ok, noEvent: result.events.length === 0 });
    const gold = goldCountries(r.source, r.target);
    if (gold.length) {
      actorTotal++;
      const got = extractedCountries(result);
      if (gold.some((g) => got.has(g))) actorHit++;
    }
    if (showErrors && !ok) printMiss(r.id, cat, r.text, result);
  }
  console.log('\n== GSR dev (eval/plover-gsr-dev.json)');
  t.print();
  console.log(`actor country (a gold source/target country among the extracted actors' countries): ${actorHit}/${actorTotal} = ${Tally.pct(actorHit, actorTotal)}`);
}

function plv(shared: string, showErrors: boolean): void {
  const records: PlvRecord[] = readJson(path.join(shared, 'eval/plover-plv-train.json')).records;
  for (const set of ['tune', 'validation'] as EvalSet[]) {
    const t = new Tally();
    for (const r of records.filter((x) => evalSetOf(x.id) === set)) {
      const result = t.time(r.text, () => extract({ text: r.text }));
      const s = scorePlv(r, result);
      t.add(r.category, s);
      if (showErrors && set === 'tune' && !s.withSource) printMiss(r.id, r.category, r.text, result);
    }
    console.log(`\n== PLV ${set} (eval/plover-plv-train.json, ${set === 'validation' ? 'FNV-1a(id) % 5 == 0' : 'FNV-1a(id) % 5 != 0'})`);
    t.print();
  }
}

function printMiss(id: string, cat: string, text: string, result: ExtractionResult): void {
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const evs = result.events.map((e) => `${e.relation}(${e.source.map((x) => names.get(x)).join('+')} -> ${e.target.map((x) => names.get(x)).join('+')})`);
  console.log(`  MISS ${id} [${cat}] ${text.slice(0, 220)}\n      got: ${evs.join('; ') || '-'}`);
}

async function corpus(shared: string, sample: number, seedValue: number): Promise<void> {
  const articles: CorpusArticle[] = await readCorpus(path.join(shared, 'corpus'));
  let bytes = 0;
  let ms = 0;
  let events = 0;
  const relations = new Map<string, number>();
  for (const a of articles) {
    const t0 = process.cpuUsage();
    a.result = extractArticle(a.article);
    const d = process.cpuUsage(t0);
    ms += (d.user + d.system) / 1e3;
    bytes += Buffer.byteLength(a.article.text, 'utf8');
    events += a.result.events.length;
    for (const e of a.result.events) relations.set(e.relation, (relations.get(e.relation) ?? 0) + 1);
  }
  console.log(`\n== corpus (${articles.length} articles of corpus/*-2021-2022.jsonl)`);
  console.log(`events: ${events}, per article: ${(events / articles.length).toFixed(2)}`);
  console.log(`relations: ${[...relations].sort((x, y) => y[1] - x[1]).map(([r, c]) => `${r} ${c}`).join(', ')}`);
  console.log(`throughput (CPU time of extraction only, texts in memory): ${(bytes / 1e6).toFixed(2)} MB in ${(ms / 1000).toFixed(2)} s = ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
  if (sample > 0) sampleEvents(articles, sample, seedValue);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const errors = option(args, 'errors');
  if (errors !== undefined && errors !== 'tune' && errors !== 'gsr') throw new Error('--errors takes tune or gsr (validation errors are never shown)');
  const sample = Number(option(args, 'sample') ?? 0);
  const seedValue = Number(option(args, 'seed') ?? 1);
  if (!Number.isInteger(sample) || sample < 0) throw new Error('--sample takes a count');
  const shared = sharedDir();
  seed(shared);
  gsr(shared, errors === 'gsr');
  plv(shared, errors === 'tune');
  await corpus(shared, sample, seedValue);
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
