import neo4j from 'neo4j-driver';

import { eventsPage, entityById } from '../../src/graph/read/operation.queries';
import { FieldSelection } from '../../src/graph/read/selection';

/** The read compiler's Cypher, checked without a database: anchoring, order before expansion, counts only when asked, values as parameters. */
const f = (name: string, fields: FieldSelection[] = [], args: Record<string, unknown> = {}): FieldSelection => ({ name, alias: name, args, on: null, fields });
const page = { first: 10, after: null, total: false, peek: false };

describe('the read compiler', () => {
  it('anchors an actor filter at the entity id index and keeps the id out of the text', () => {
    const built = eventsPage({ source: 'person:vladimir-putin', relations: ['ACCUSED'] }, true, page, [f('id')]);
    expect(built.cypher).toMatch(/MATCH \(:Entity \{ id: \$param\d+ \}\)<-\[:BY\]-\(this\d+:Event\)/);
    expect(built.cypher).not.toContain('vladimir');
    expect(Object.values(built.params)).toContain('person:vladimir-putin');
  });

  it('matches a date range without an anchor entity on the event date', () => {
    const built = eventsPage({ from: '2022-02-20', to: '2022-02-20' }, true, page, [f('id')]);
    expect(built.cypher).toMatch(/MATCH \(this\d+:Event\)\s+WHERE .*\.date >= date\(\$param\d+\)/s);
  });

  it('counts only when totalCount is asked', () => {
    expect(eventsPage({}, false, page, [f('id')]).cypher).not.toMatch(/count\(/);
    expect(eventsPage({}, false, { ...page, total: true }, [f('id')]).cypher).toMatch(/count\(/);
  });

  it('limits the page before it expands the nested fields', () => {
    const { cypher } = eventsPage({ actor: 'state:RUS' }, false, page, [f('id'), f('toward', [f('name')])]);
    expect(cypher.indexOf('LIMIT')).toBeGreaterThan(0);
    expect(cypher.indexOf('LIMIT')).toBeLessThan(cypher.indexOf('COLLECT {'));
  });

  it('reads an entity\'s nested events with COUNT only for totalCount, and nothing it was not asked', () => {
    const onlyCount = entityById('state:RUS', null, [f('events', [f('totalCount')], { first: 10 })]).cypher;
    expect(onlyCount).toContain('COUNT {');
    expect(onlyCount).not.toContain('COLLECT {');
    const onlyNodes = entityById('state:RUS', null, [f('events', [f('nodes', [f('date')])], { first: 10 })]).cypher;
    expect(onlyNodes).not.toContain('COUNT {');
    expect(onlyNodes).not.toContain('.evidence');
  });

  it('never reads a nested page past the largest a client may ask for', () => {
    const { params } = entityById('state:RUS', null, [f('events', [f('nodes', [f('id')])], { first: 100_000 })]);
    const limits = Object.values(params).filter((v) => neo4j.isInt(v)).map((v) => (v as { toNumber(): number }).toNumber());
    expect(limits).toEqual([100]);
  });
});
