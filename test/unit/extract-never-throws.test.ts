import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../src/extract';
import { seeded } from '../../src/model/random';

/**
 * Extraction never throws: inputs recombined from corpus and PLV tune sentences (shuffled,
 * truncated at a character or after a word, joined, opened with "Today," or a dateline, stripped
 * of punctuation). The unit suite
 * runs EXTRACT_PROPERTY_RUNS inputs (default 3,000); the acceptance run sets it to 100000.
 */
const SHARED = process.env.SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
const RUNS = Number(process.env.EXTRACT_PROPERTY_RUNS ?? 3000);

// the opening of the White House readout of 2021-12-06 that once crashed extraction
const FIVE_LEADERS =
  'Today, President Emmanuel Macron of France, Chancellor Angela Merkel of Germany, Prime Minister Mario Draghi of Italy, ' +
  'Prime Minister Boris Johnson of the United Kingdom, and President Joseph R. Biden, Jr. of the United States spoke about ' +
  'Russia’s military build-up on Ukraine’s borders and its increasingly harsh rhetoric. The leaders agreed.';

function pool(): string[] {
  const out = [FIVE_LEADERS];
  for (const f of ['kremlin-2021-2022.jsonl', 'whitehouse-2021-2022.jsonl', 'ukraine-president-2021-2022.jsonl']) {
    const lines = fs.readFileSync(path.join(SHARED, 'corpus', f), 'utf8').split('\n').filter(Boolean);
    for (const l of lines.slice(0, 60)) out.push(...(JSON.parse(l).text as string).split(/(?<=[.!?])\s+/).slice(0, 12));
  }
  const plv = JSON.parse(fs.readFileSync(path.join(SHARED, 'eval/plover-plv-train.json'), 'utf8')).records;
  for (const r of plv.slice(0, 400)) out.push(r.text);
  return out.filter((s) => s.length > 0);
}

function variant(rand: () => number, sentences: string[]): string {
  const pick = () => sentences[Math.floor(rand() * sentences.length)];
  let text = pick();
  const ops = 1 + Math.floor(rand() * 3);
  for (let o = 0; o < ops; o++) {
    const op = Math.floor(rand() * 8);
    if (op === 0) text = `${text} ${pick()}`;
    else if (op === 1) text = text.slice(0, Math.floor(rand() * (text.length + 1)));
    else if (op === 2) text = text.split(/\s+/).sort(() => rand() - 0.5).join(' ');
    else if (op === 3) text = `Today, ${text}`;
    else if (op === 4) text = `WASHINGTON, Dec. 6 (Reuters) - ${text}`;
    else if (op === 5) text = text.replace(/[\p{P}]/gu, '');
    else if (op === 6) text = text.slice(Math.floor(rand() * text.length));
    // cut after a word: a sentence that stops inside a phrase ("the police in the")
    else text = text.split(/\s+/).slice(0, 1 + Math.floor(rand() * 12)).join(' ');
  }
  return text;
}

describe('extraction never throws', () => {
  it('reads the five-leader readout opening that once crashed (prevTok past the last token)', () => {
    const r = extract({ text: FIVE_LEADERS, date: '2021-12-06' });
    expect(r.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['person:emmanuel-macron', 'person:angela-merkel']));
    expect(() => extract({ text: 'The leaders agreed', date: '2021-12-06' })).not.toThrow();
  });

  it('reads a sentence cut off after "in the" behind a group or a state body (a name lookup past the last token)', () => {
    expect(() => extract({ text: 'Reportedly, the police in the' })).not.toThrow();
    expect(() => extract({ text: 'Hundreds of activists from the' })).not.toThrow();
  });

  it(`gives a result for ${RUNS} recombined inputs, with zero exceptions`, () => {
    const sentences = pool();
    const rand = seeded(20211206);
    const failures: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const text = variant(rand, sentences);
      try {
        const r = extract({ text, date: rand() < 0.5 ? '2022-02-21' : undefined });
        if (!Array.isArray(r.events)) failures.push(text);
      } catch (e) {
        failures.push(`${(e as Error).message} :: ${text}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  }, 600_000);
});
