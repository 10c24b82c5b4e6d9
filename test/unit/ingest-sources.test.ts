import { Readable } from 'node:stream';

import { readJsonLines } from '../../src/ingest/sources';

async function collect(text: string) {
  const items = [];
  for await (const item of readJsonLines('batch.jsonl', Readable.from([text]))) items.push(item);
  return items;
}

describe('readJsonLines', () => {
  it('reports a bad line by number and goes on with the next ones', async () => {
    const good = JSON.stringify({ id: 'kremlin-1', published: '2022-02-20', text: 'Vladimir Putin had a telephone conversation with Emmanuel Macron.' });
    const items = await collect([good, '{"id": "broken", "text": ', JSON.stringify({ id: 'no-text' }), '', good.replace('kremlin-1', 'kremlin-2')].join('\n'));
    expect(items.map((i) => (i.ok ? `ok ${i.line} ${i.article.id}` : `error ${i.line} ${i.error}`))).toEqual([
      'ok 1 kremlin-1',
      expect.stringMatching(/^error 2 invalid JSON/),
      'error 3 text: is missing',
      'ok 5 kremlin-2',
    ]);
  });

  it('survives a 20 MB line', async () => {
    const huge = JSON.stringify({ id: 'huge', text: 'Talks went on. '.repeat(1_400_000) });
    const items = await collect(`${huge}\n${JSON.stringify({ id: 'after', text: 'The leaders agreed to stay in contact.' })}\n`);
    expect(items[0]).toMatchObject({ ok: false, line: 1, error: expect.stringMatching(/^text: is \d+ characters long; the limit is/) });
    expect(items[1]).toMatchObject({ ok: true, line: 2 });
  });
});
