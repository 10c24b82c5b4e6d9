import neo4j from 'neo4j-driver';

import { toPlain } from '../../src/graph/values';

describe('toPlain', () => {
  it('turns Neo4j integers, dates and date-times into plain values, deeply', () => {
    const value = {
      count: neo4j.int(14),
      big: neo4j.int('9007199254740993'),
      first: new neo4j.types.Date(2021, 11, 3),
      at: new neo4j.types.DateTime(2022, 2, 20, 10, 0, 0, 0, 0),
      list: [neo4j.int(1), { d: new neo4j.types.Date(2022, 2, 21) }],
      none: null,
    };
    expect(toPlain(value)).toEqual({
      count: 14,
      big: '9007199254740993',
      first: '2021-11-03',
      at: '2022-02-20T10:00:00Z',
      list: [1, { d: '2022-02-21' }],
      none: null,
    });
  });

  it('writes dates as the driver does, also outside four-digit years and with lossless integers', () => {
    for (const [y, m, d] of [[2022, 2, 20], [999, 1, 9], [-44, 3, 15], [12345, 12, 31], [1000, 10, 10]]) {
      const date = new neo4j.types.Date(y, m, d);
      expect(toPlain(date)).toBe(date.toString());
      const lossless = new neo4j.types.Date(neo4j.int(y), neo4j.int(m), neo4j.int(d));
      expect(toPlain(lossless)).toBe(lossless.toString());
    }
    expect(toPlain('2022-02-20')).toBe('2022-02-20');
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain([true, 1.5, 'x'])).toEqual([true, 1.5, 'x']);
  });
});
