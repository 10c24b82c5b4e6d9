import { articleFromRecord, articleFromText, checkText, normalizeDate } from '../../src/model/article';

const KREMLIN = {
  id: 'kremlin-67843',
  publisher: 'en.kremlin.ru',
  url: 'http://en.kremlin.ru/events/president/news/67843',
  title: 'Telephone conversation with President of France Emmanuel Macron',
  published: '2022-02-20T14:20:00Z',
  text: 'Vladimir Putin had a telephone conversation with President of the French Republic Emmanuel Macron.',
};

describe('normalizeDate', () => {
  it('reads the date forms the corpus uses', () => {
    expect(normalizeDate('2022-02-21')).toBe('2022-02-21');
    expect(normalizeDate('2022-02-20T14:20:00Z')).toBe('2022-02-20');
    expect(normalizeDate('2022-02-20 23:10:00+03:00')).toBe('2022-02-20');
    expect(normalizeDate('21 February 2022')).toBe('2022-02-21');
  });

  it('refuses what is not a date, naming the field', () => {
    expect(() => normalizeDate('yesterday')).toThrow('published: "yesterday" is not a date');
    expect(() => normalizeDate('2022-02-30')).toThrow(/not a date/);
  });
});

describe('articleFromRecord', () => {
  it('keeps provenance and hashes what extraction reads', () => {
    const article = articleFromRecord(KREMLIN, 'fallback');
    expect(article).toMatchObject({ id: 'kremlin-67843', publisher: 'en.kremlin.ru', published: '2022-02-20' });
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(articleFromRecord({ ...KREMLIN, text: KREMLIN.text + ' They agreed to stay in contact.' }, 'x').contentHash).not.toBe(article.contentHash);
  });

  it('names the field and the problem', () => {
    expect(() => articleFromRecord({ ...KREMLIN, text: undefined }, 'x')).toThrow('text: is missing');
    expect(() => articleFromRecord({ ...KREMLIN, text: '   ' }, 'x')).toThrow('text: is empty');
    expect(() => articleFromRecord({ ...KREMLIN, published: 'soon' }, 'x')).toThrow(/^published:/);
    expect(() => articleFromRecord({ ...KREMLIN, url: 'javascript:alert(1)' }, 'x')).toThrow(/^url:/);
    expect(() => articleFromRecord([1, 2], 'x')).toThrow(/JSON object/);
    expect(() => articleFromRecord({ ...KREMLIN, title: 42 }, 'x')).toThrow('title: must be a string, got number');
  });

  it('takes the fallback id when the record has none', () => {
    expect(articleFromRecord({ text: KREMLIN.text }, 'batch:7').id).toBe('batch:7');
  });
});

describe('checkText', () => {
  it('refuses binary data', () => {
    expect(() => checkText('PK\u0003\u0004\u0000\u0000binary')).toThrow(/binary data/);
    expect(() => checkText('\ufffd\ufffd\ufffd\ufffd\ufffd garbage')).toThrow(/binary data/);
  });

  it('accepts real prose with typographic quotes and newlines', () => {
    const text = 'President Emmanuel Macron visited Russia on February 7.\n\nThe Russian President noted that the supply of weapons will encourage Kyiv’s “military solution”.';
    expect(checkText(text)).toBe(text);
  });
});

describe('articleFromText', () => {
  it('derives a stable id from the file name and content', () => {
    const a = articleFromText('Russian President, Vladimir Putin, held a telephonic dialogue.', '/x/seed-article.txt', { date: '2022-02-21' });
    const b = articleFromText('Russian President, Vladimir Putin, held a telephonic dialogue.', '/y/seed-article.txt', { date: '2022-02-21' });
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^file:seed-article-[0-9a-f]{10}$/);
    expect(a.published).toBe('2022-02-21');
  });
});
