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
});
