import { jsonlEdge, jsonlEvent, jsonlNode } from '../../src/export/jsonl';
import { ACCUSATION, ACCUSED_MILITANTS, PUTIN } from '../support/export-fixtures';

describe('JSON Lines', () => {
  it('writes one object a line, typed node, edge or event', () => {
    const lines = [jsonlNode(PUTIN), jsonlEdge(ACCUSED_MILITANTS), jsonlEvent(ACCUSATION)];
    for (const line of lines) {
      expect(line.endsWith('\n')).toBe(true);
      expect(line.slice(0, -1)).not.toContain('\n');
    }
    expect(lines.map((l) => JSON.parse(l).type)).toEqual(['node', 'edge', 'event']);
  });

  it('keeps the values of a node and an edge, with the CSV column names', () => {
    expect(JSON.parse(jsonlNode(PUTIN))).toEqual({
      type: 'node',
      id: 'person:vladimir-putin',
      name: 'Vladimir Putin',
      kind: 'Person',
      labels: ['Actor', 'Entity', 'Person'],
      country: 'RUS',
      acronym: null,
      aliases: ['Putin', 'Vladimir Vladimirovich Putin', 'Vladimir V. Putin'],
      events: 14,
    });
    expect(JSON.parse(jsonlEdge(ACCUSED_MILITANTS))).toEqual({
      type: 'edge',
      source: 'person:vladimir-putin',
      target: 'group:ukrainian-militants',
      relation: 'ACCUSED',
      category: 'event',
      date: '2022-02-20',
      last_date: '2022-02-20',
      events: 1,
      event_ids: ['event:e6b8a5bc89b917445d08'],
    });
  });

  it('names an event’s participants by id and carries its evidence', () => {
    expect(JSON.parse(jsonlEvent(ACCUSATION))).toEqual({
      type: 'event',
      id: 'event:e6b8a5bc89b917445d08',
      relation: 'ACCUSED',
      plover: 'ACCUSE',
      mode: null,
      date: '2022-02-20',
      dateSource: 'text',
      negated: false,
      confidence: 0.7,
      sources: 1,
      source: ['person:vladimir-putin'],
      target: ['group:ukrainian-militants'],
      about: [],
      evidence: [
        {
          sentence: 'Thereupon, the Russian President highlighted that Ukrainian militants started the escalation.',
          start: 749,
          end: 842,
          speaker: 'person:vladimir-putin',
          article: 'tdi-2022-02-21-putin-macron-call',
          publisher: 'The Diplomatic Insight (TDI)',
          url: null,
          published: '2022-02-21',
        },
      ],
    });
  });

  it('escapes line breaks and separators inside strings, so one record stays one line', () => {
    const line = jsonlNode({ ...PUTIN, name: 'two\nlines\u2028and more' });
    expect(line.split('\n')).toHaveLength(2);
    expect(JSON.parse(line).name).toBe('two\nlines\u2028and more');
  });
});
