/**
 * `npm run eval`: how well extraction reads the seed article, the PLOVER gold standard and the
 * corpus, and how fast. The one place in src/extract that does file I/O. SHARED_DIR overrides the
 * location of ../shared (default: beside the repository root).
 */
import * as fs from 'fs';
import * as path from 'path';
import { readArticles } from '../ingest/sources';
import { extract } from '../extract';
import type { ExtractionResult } from '../extract/types';
import { extractedCountries, goldCategory, goldCountries } from './plover';
import { factFound, type GoldFact } from './seed-facts';

function sharedDir(): string {
  if (process.env.SHARED_DIR) return path.resolve(process.env.SHARED_DIR);
  const candidates = [path.resolve(process.cwd(), '../shared'), path.resolve(__dirname, '../../../../shared')];
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0];
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

function seed(shared: string): void {
  const gold = JSON.parse(fs.readFileSync(path.join(shared, 'gold/seed-facts.json'), 'utf8'));
  const text = fs.readFileSync(path.join(shared, 'corpus/seed-article.txt'), 'utf8');
  const result = extract({ text, date: '2022-02-21' });
  const check = (facts: GoldFact[]): GoldFact[] => facts.filter((f) => factFound(f, result));
  const req = check(gold.required);
  const str = check(gold.stretch);
  const bad = check(gold.must_not);
  console.log('== (a) seed article (corpus/seed-article.txt, --date 2022-02-21)');
  console.log(`required facts found: ${req.length}/${gold.required.length}`);
  for (const f of gold.required as GoldFact[]) if (!req.includes(f)) console.log(`  missing: ${f.id}`);
  console.log(`stretch facts found:  ${str.length}/${gold.stretch.length}${str.length ? ` (${str.map((f) => f.id).join(', ')})` : ''}`);
  console.log(`must_not readings:    ${bad.length}${bad.length ? ` (${bad.map((f) => f.why).join('; ')})` : ''}`);
}

function plover(shared: string): void {
  const data = JSON.parse(fs.readFileSync(path.join(shared, 'eval/plover-gsr-dev.json'), 'utf8'));
  const perCat = new Map<string, [number, number]>();
  let hit = 0;
  let actorHit = 0;
  let actorTotal = 0;
  for (const r of data.records as { text: string; event: string; source: unknown; target: unknown; date?: string }[]) {
    const cat = goldCategory(r.event);
    const result = extract({ text: r.text, date: r.date });
    const ok = result.events.some((e) => e.plover === cat);
    if (ok) hit++;
    const c = perCat.get(cat) ?? [0, 0];
    perCat.set(cat, [c[0] + (ok ? 1 : 0), c[1] + 1]);
    const gold = goldCountries(r.source, r.target);
    if (gold.length) {
      actorTotal++;
      const got = extractedCountries(result);
      if (gold.some((g) => got.has(g))) actorHit++;
    }
  }
  const n = data.records.length;
  console.log('\n== (b) PLOVER gold standard, dev set (eval/plover-gsr-dev.json)');
  console.log(`category accuracy (some extracted event has the gold category): ${hit}/${n} = ${pct(hit, n)}`);
  for (const [cat, [a, b]] of [...perCat].sort()) console.log(`  ${cat.padEnd(10)} ${a}/${b} = ${pct(a, b)}`);
  console.log(`actor-country accuracy (a gold source/target country among the extracted actors' countries): ${actorHit}/${actorTotal} = ${pct(actorHit, actorTotal)}`);
  console.log('  (records whose actors have no country code, IGO/NGO/IMG only, are left out)');
}

async function corpus(shared: string): Promise<void> {
  const dir = path.join(shared, 'corpus');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  let articles = 0;
  let events = 0;
  let withEvent = 0;
  let bytes = 0;
  let ms = 0;
  const unknown = new Set<string>();
  const relations = new Map<string, number>();
  for (const f of files) {
    for await (const item of readArticles(path.join(dir, f))) {
      if (!item.ok) continue;
      const a = item.article;
      const t0 = process.hrtime.bigint();
      const r: ExtractionResult = extract({ text: a.text, date: a.published, title: a.title });
      ms += Number(process.hrtime.bigint() - t0) / 1e6;
      bytes += Buffer.byteLength(a.text, 'utf8');
      articles++;
      events += r.events.length;
      if (r.events.length) withEvent++;
      for (const e of r.entities) if (e.unknown) unknown.add(e.id);
      for (const e of r.events) relations.set(e.relation, (relations.get(e.relation) ?? 0) + 1);
    }
  }
  console.log(`\n== (c) corpus (${files.join(', ')})`);
  console.log(`articles: ${articles}`);
  console.log(`events: ${events}, per article: ${(events / articles).toFixed(2)}`);
  console.log(`articles with >= 1 event: ${withEvent}/${articles} = ${pct(withEvent, articles)}`);
  console.log(`unknown entities created (distinct ids): ${unknown.size}`);
  console.log('most frequent relations:');
  for (const [rel, c] of [...relations].sort((x, y) => y[1] - x[1]).slice(0, 20)) console.log(`  ${rel.padEnd(18)} ${c}`);
  console.log('\n== (d) throughput (one core, extraction only, texts in memory)');
  console.log(`${(bytes / 1e6).toFixed(2)} MB of article text in ${(ms / 1000).toFixed(2)} s = ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
}

async function main(): Promise<void> {
  const shared = sharedDir();
  seed(shared);
  plover(shared);
  await corpus(shared);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
