import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../src/extract';
import { extractedCountries, goldCategory, goldCountries } from '../../src/eval/plover';
import { factFound, type GoldFact } from '../../src/eval/seed-facts';

const SHARED = process.env.SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
const seedText = fs.readFileSync(path.join(SHARED, 'corpus/seed-article.txt'), 'utf8');
const gold = JSON.parse(fs.readFileSync(path.join(SHARED, 'gold/seed-facts.json'), 'utf8'));

describe('extract on the seed article', () => {
  const result = extract({ text: seedText, date: '2022-02-21' });

  it.each((gold.required as GoldFact[]).map((f) => [f.id, f]))('finds the required fact %s', (_id, fact) => {
    expect(factFound(fact as GoldFact, result)).toBe(true);
  });

  it('makes none of the must_not readings', () => {
    for (const f of gold.must_not as GoldFact[]) expect(factFound(f, result)).toBe(false);
  });

  it('is deterministic, skips the dateline and keeps offsets true to the text', () => {
    expect(extract({ text: seedText, date: '2022-02-21' })).toEqual(result);
    for (const e of result.entities) for (const m of e.mentions) expect(seedText.slice(m.start, m.end)).toBe(m.text);
    for (const ev of result.events) expect(seedText.slice(ev.start, ev.end)).toBe(ev.sentence);
    const moscow = result.entities.find((e) => e.id === 'state:RUS')!;
    expect(moscow.mentions.some((m) => m.start === 0)).toBe(false);
  });

  it('takes the dateline date when no date is given', () => {
    const noDate = extract({ text: seedText });
    expect(noDate.events.find((e) => e.relation === 'VISITED' && e.date)?.date).toBe('2022-02-07');
  });
});

describe('factFound', () => {
  it('matches names and mention texts case-insensitively, and honours "unattributed"', () => {
    const r = extract({ text: 'Thereupon, the Russian President highlighted that Ukrainian militants started the escalation.', date: '2022-02-21' });
    expect(factFound({ subject: ['russian president'], relation: ['ACCUSED'], object: ['UKRAINIAN MILITANTS'] }, r)).toBe(true);
    expect(factFound({ subject: ['Vladimir Putin'], relation: ['ACCUSED'], object: ['Ukrainian militants'], unattributed: true }, r)).toBe(false);
  });
});

describe('PLOVER helpers', () => {
  it('maps the 0.5b1 labels and old codes, and reads countries of the extracted actors', () => {
    expect(goldCategory('DEMAND')).toBe('REQUEST');
    expect(goldCategory('FIGHT')).toBe('ASSAULT');
    expect(goldCategory('AGREE')).toBe('AGREE');
    expect(goldCountries([{ code: 'RUS' }, { code: 'IGO' }], [{ code: 'JAP' }])).toEqual(['RUS', 'JPN']);
    const r = extract({ text: 'Switzerland said today it had expelled two Russian diplomats based in Geneva for spying.' });
    expect(r.events.some((e) => e.plover === 'SANCTION')).toBe(true);
    expect([...extractedCountries(r)].sort()).toEqual(['CHE', 'RUS']);
  });
});
