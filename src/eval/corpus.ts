import * as fs from 'fs';
import * as path from 'path';
import { readArticles } from '../ingest/sources';
import type { ExtractionResult } from '../extract/types';
import type { Article } from '../model/article';
import { seeded } from '../model/random';


export interface CorpusArticle {
  article: Article;
  result?: ExtractionResult;
}

/** The articles of corpus/*-2021-2022.jsonl, in file order. */
export async function readCorpus(dir: string): Promise<CorpusArticle[]> {
  const files = fs.readdirSync(dir).filter((f) => /-2021-2022\.jsonl$/.test(f)).sort();
  const out: CorpusArticle[] = [];
  for (const f of files) {
    for await (const item of readArticles(path.join(dir, f))) {
      if (item.ok) out.push({ article: item.article });
    }
  }
  return out;
}


/** Prints `count` events drawn uniformly (without replacement) from all events of the corpus. */
export function sampleEvents(articles: CorpusArticle[], count: number, seed: number): void {
  const all: { a: CorpusArticle; i: number }[] = [];
  for (const a of articles) a.result?.events.forEach((_, i) => all.push({ a, i }));
  const rand = seeded(seed);
  for (let k = all.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [all[k], all[j]] = [all[j], all[k]];
  }
  console.log(`\n== sample: ${Math.min(count, all.length)} of ${all.length} corpus events (seed ${seed})`);
  all.slice(0, count).forEach(({ a, i }, n) => {
    const r = a.result!;
    const names = new Map(r.entities.map((e) => [e.id, e.name]));
    const e = r.events[i];
    const who = (ids: string[]) => ids.map((x) => names.get(x) ?? x).join(' + ') || '-';
    const extra = [e.negated ? 'negated' : '', e.speaker ? `speaker ${names.get(e.speaker)}` : '', e.pattern ? `pattern ${e.pattern}` : ''].filter(Boolean).join(', ');
    console.log(`${String(n + 1).padStart(2)}. ${e.relation} ${who(e.source)} -> ${who(e.target)} about ${who(e.about)}${extra ? ` (${extra})` : ''}`);
    console.log(`    [${a.article.id}] ${e.sentence.replace(/\s+/g, ' ').slice(0, 400)}`);
  });
}
