import 'reflect-metadata';

import { GraphQLError } from 'graphql';

import { connection, decodeCursor, encodeCursor } from '../../src/api/connection';
import { InputError } from '../../src/api/errors';
import { makeFormatError } from '../../src/api/format-error';
import { exampleTabs } from '../../src/api/graphiql';
import { fulltextQuery } from '../../src/graph/entity.repository';
import { DatabaseUnavailableError } from '../../src/graph/errors';
import { byWeight, stanceOf, summarisePosition } from '../../src/model/stance';
import { entityRecord } from '../../src/graph/records';

describe('cursors and connections', () => {
  it('round-trips a keyset cursor (sort key and id)', () => {
    expect(decodeCursor(encodeCursor({ key: '2022-02-20', id: 'event:x' }))).toEqual({ key: '2022-02-20', id: 'event:x' });
    expect(decodeCursor(encodeCursor({ key: null, id: 'a' }))).toEqual({ key: null, id: 'a' });
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('refuses a cursor it did not give out, naming the argument', () => {
    expect(() => decodeCursor('bm9wZQ==')).toThrow(InputError);
    expect(() => decodeCursor('bm9wZQ==')).toThrow(/after/);
    expect(() => decodeCursor(Buffer.from('key:[1,2]').toString('base64'))).toThrow(/after/);
  });

  it('says whether there is a next page, and counts only when the page counted', () => {
    const nodes = [
      { node: 'a', key: { key: 'A', id: '1' } },
      { node: 'b', key: { key: 'B', id: '2' } },
    ];
    const page = connection({ total: 5, nodes, hasNext: true }, { key: 'x', id: '0' });
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(nodes[0].key),
      endCursor: encodeCursor(nodes[1].key),
    });
    expect(page.nodes).toEqual(['a', 'b']);
    expect(connection({ total: null, nodes: [], hasNext: false }, null).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false, endCursor: null });
  });
});

describe('positions from events', () => {
  const putin = entityRecord({ id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'Person' });
  const guarantees = entityRecord({ id: 'topic:security-guarantees', name: 'security guarantees', kind: 'Topic' });

  it('counts called for, supported, agreed for and accused, rejected against', () => {
    const position = summarisePosition(putin, guarantees, [
      { id: 'e1', date: '2021-12-17', relation: 'CALLED_FOR' },
      { id: 'e2', date: '2022-02-20', relation: 'CALLED_FOR' },
      { id: 'e3', date: '2022-01-10', relation: 'REJECTED' },
    ]);
    expect(position).toMatchObject({ stance: 'FOR', supporting: 2, opposing: 1, first: '2021-12-17', last: '2022-02-20', latestEventId: 'e2' });
    expect(position.timeline).toEqual([
      { period: '2021-12', stance: 'FOR', supporting: 1, opposing: 0 },
      { period: '2022-01', stance: 'AGAINST', supporting: 0, opposing: 1 },
      { period: '2022-02', stance: 'FOR', supporting: 1, opposing: 0 },
    ]);
  });

  it('calls a stance mixed when neither side outweighs the other twice over', () => {
    expect(stanceOf(3, 2)).toBe('MIXED');
    expect(stanceOf(4, 2)).toBe('FOR');
    expect(stanceOf(0, 1)).toBe('AGAINST');
  });
});

describe('full-text queries', () => {
  it('matches every word as a word or a prefix, with Lucene syntax stripped', () => {
    expect(fulltextQuery('Minsk agreements')).toBe('(minsk OR minsk*) AND (agreements OR agreements*)');
    expect(fulltextQuery('NATO: "AND" (x)')).toBe('(nato OR nato*) AND (x OR x*)');
    expect(fulltextQuery('  ')).toBe('');
  });
});

describe('error formatting', () => {
  const logged: unknown[] = [];
  const format = makeFormatError((message, context) => logged.push({ message, context }));

  it('masks an internal error and logs it', () => {
    const out = format({ message: 'boom at line 3', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error('boom at line 3'));
    expect(out).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
  });

  it('passes a database outage through as SERVICE_UNAVAILABLE', () => {
    const out = format({ message: 'x' }, new DatabaseUnavailableError('bolt://127.0.0.1:1'));
    expect(out).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    // the address stays in the server's log, never in the answer
    expect(out.message).toBe('The database is unavailable; try again later.');
  });

  it('passes a coded input error through, naming the field', () => {
    const error = new InputError('mergeId', 'no entity "x"');
    const out = format({ message: error.message, extensions: error.extensions }, error);
    expect(out).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'mergeId' }] } });
    expect(error).toBeInstanceOf(GraphQLError);
  });
});

describe('the playground', () => {
  it('preloads each example operation as a tab', () => {
    const tabs = exampleTabs('# one\nquery A { a }\n\n# two\nquery B {\n  b\n}\n');
    expect(tabs).toEqual([{ query: '# one\nquery A { a }\n' }, { query: '# two\nquery B {\n  b\n}\n' }]);
  });
});

describe('the order of positions', () => {
  const position = (id: string, supporting: number, last: string) =>
    summarisePosition({ id: 'person:vladimir-putin' }, { id }, Array.from({ length: supporting }, (_, i) => ({ id: `e${id}${i}`, date: last, relation: 'SUPPORTED' })));

  it('lists the most events first, then the latest, and breaks a tie by the object id', () => {
    const list = [position('topic:diplomatic-solution', 1, '2022-02-20'), position('format:normandy', 1, '2022-02-20'), position('topic:ceasefire', 2, '2022-01-01'), position('place:donbas', 1, '2022-02-21')];
    const ids = (l: typeof list) => l.map((p) => p.object.id);
    expect(ids([...list].sort(byWeight))).toEqual(['topic:ceasefire', 'place:donbas', 'format:normandy', 'topic:diplomatic-solution']);
    expect(ids([...list].reverse().sort(byWeight))).toEqual(ids([...list].sort(byWeight)));
  });
});
