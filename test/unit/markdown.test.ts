import { fencedBlocks, formatJson } from '../support/markdown';

/** The Markdown helpers the documentation tests stand on. */
describe('fencedBlocks', () => {
  const doc = ['# Title', '', '```python', 'print(1)', '```', 'text', '```json', '{"a": 1}', '```', ''].join('\n');

  it('finds each fenced block with its language, body and opening line', () => {
    const blocks = fencedBlocks(doc);
    expect(blocks.map((b) => [b.lang, b.body, b.line])).toEqual([
      ['python', 'print(1)\n', 3],
      ['json', '{"a": 1}\n', 7],
    ]);
  });

  it('gives offsets that cut exactly the body out of the document', () => {
    for (const block of fencedBlocks(doc)) expect(doc.slice(block.start, block.end)).toBe(block.body);
  });
});

describe('formatJson', () => {
  const answer = { data: { events: { totalCount: 2, nodes: [{ date: '2022-02-20', toward: [{ name: 'Ukraine' }] }, { date: null, toward: [] }] } } };

  it('writes JSON that reads back as the same value', () => {
    expect(JSON.parse(formatJson(answer))).toEqual(answer);
  });

  it('keeps a value on one line when it fits, and breaks it when it does not', () => {
    expect(formatJson({ name: 'Ukraine' })).toBe('{"name": "Ukraine"}');
    const lines = formatJson(answer, '', 0, 40).split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(40);
  });
});
