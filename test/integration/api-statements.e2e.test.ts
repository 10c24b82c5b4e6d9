import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { readFileSync } from 'node:fs';

import { TRAVERSALS } from '../../src/bench/traversals';
import { Executor } from '../../src/graph/executor';
import { RunningApp } from '../../src/server';
import { useSeedApp } from '../support/graph';
import { EXAMPLES, exampleNames, gql } from './api.support';

/** Root fields of an operation: the bound on its Cypher statements (DESIGN.md: at most one per root field). */
function rootFields(document: string, operationName?: string): number {
  const operation = parse(document).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  )!;
  return operation.selectionSet.selections.length;
}

describe('Cypher statements per operation (no N+1)', () => {
  let executor: Executor;
  let app: RunningApp;

  useSeedApp((seeded) => ({ executor, app } = seeded));

  const statements = async (query: string, operationName?: string) => {
    const before = executor.roundTrips;
    const { body } = await gql(app.url, query, undefined, operationName);
    expect(body.errors).toBeUndefined();
    return executor.roundTrips - before;
  };

  it('runs every example operation in at most one statement per root field', async () => {
    const document = readFileSync(EXAMPLES, 'utf8');
    const counted = [];
    for (const name of exampleNames()) counted.push({ name, statements: await statements(document, name), roots: rootFields(document, name) });
    for (const c of counted) expect({ name: c.name, within: c.statements <= c.roots }).toEqual({ name: c.name, within: true });
  });

  it('runs each benchmark traversal (T1 to T8) in one statement per root field', async () => {
    for (const t of TRAVERSALS) expect({ name: t.name, statements: await statements(t.b) }).toEqual({ name: t.name, statements: rootFields(t.b) });
  });

  it('answers nested lists in one statement whatever their length: 50 actors with their events, participants and offices', async () => {
    const query = (first: number, memberOf: string) => `{ actors(first: ${first}, filter: { memberOf: "${memberOf}" }) { totalCount nodes { name
      events(first: 5) { totalCount nodes { relation participants { name ... on Person { offices { state { name } } } } evidence { sentence speaker { name } } } }
      ... on Actor { relations(first: 3) { relation counterpart { name } } memberships { body { name } } } } } }`;
    expect(await statements(query(50, 'org:OSCE'))).toBe(1);
    expect(await statements(query(5, 'format:normandy'))).toBe(1);
  });

  it('builds a statement once per selection and arguments: asked again it answers the same, other arguments answer for themselves', async () => {
    const query = 'query ($actor: ID!, $first: Int) { events(filter: { actor: $actor, actorRole: SOURCE }, first: $first) { totalCount nodes { id participants { id } } } }';
    const ask = async (actor: string, first: number) => (await gql(app.url, query, { actor, first })).body.data.events;
    const putin = await ask('person:vladimir-putin', 5);
    const macron = await ask('person:emmanuel-macron', 5);
    expect(putin.totalCount).toBeGreaterThan(0);
    expect(macron.totalCount).toBeGreaterThan(0);
    for (const [answer, id] of [[putin, 'person:vladimir-putin'], [macron, 'person:emmanuel-macron']] as const) {
      for (const node of answer.nodes) expect(node.participants.map((p: { id: string }) => p.id)).toContain(id);
    }
    expect(putin.nodes).not.toEqual(macron.nodes);
    expect(await ask('person:vladimir-putin', 5)).toEqual(putin);
    expect(await ask('person:emmanuel-macron', 5)).toEqual(macron);
    expect((await ask('person:vladimir-putin', 2)).nodes).toEqual(putin.nodes.slice(0, 2));
  });

  it('answers grouped fields below a list of entities (by their resolver, one statement more), which Neo4j refuses inside a COLLECT', async () => {
    const nested = [
      '{ entity(id: "person:vladimir-putin") { events(first: 2) { nodes { participants { ... on Actor { relations(first: 2) { relation } } } } } } }',
      '{ entity(id: "person:vladimir-putin") { events(first: 2) { nodes { about { id standpoints { supporting } } } } } }',
      '{ format(id: "format:normandy") { members { member { ... on Actor { relations(first: 1) { relation } } } } } }',
    ];
    for (const query of nested) expect(await statements(query)).toBeLessThanOrEqual(2);
    const { body } = await gql(app.url, nested[0]);
    const relations = body.data.entity.events.nodes.flatMap((n: { participants: Array<{ relations?: unknown[] }> }) => n.participants.flatMap((p) => p.relations ?? []));
    expect(relations.length).toBeGreaterThan(0);
  });

  it('reads the nested fields of an entity that is the same on every row once, by its loader: an actor under each of its positions', async () => {
    const query = '{ positions(actor: "person:vladimir-putin") { actor { relations(first: 3) { relation count } } } }';
    // one statement for the positions, one for the actor's relations (before: a subquery per position)
    expect(await statements(query)).toBe(2);
    const { body } = await gql(app.url, query);
    const direct = (await gql(app.url, '{ entity(id: "person:vladimir-putin") { relations(first: 3) { relation count } } }')).body.data.entity.relations;
    expect(direct.length).toBeGreaterThan(0);
    expect(body.data.positions.length).toBeGreaterThan(1);
    for (const position of body.data.positions) expect(position.actor.relations).toEqual(direct);
  });

  it('pages events by keyset cursors: the pages, one after the other, are the one long page', async () => {
    const page = (first: number, after: string | null) =>
      gql(app.url, `query ($after: String) { events(first: ${first}, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { after });
    const whole = (await page(12, null)).body.data.events.nodes.map((n: { id: string }) => n.id);
    const pieces: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i++) {
      const { body } = await page(3, after);
      pieces.push(...body.data.events.nodes.map((n: { id: string }) => n.id));
      after = body.data.events.pageInfo.endCursor;
    }
    expect(whole.length).toBeGreaterThan(6);
    expect(pieces).toEqual(whole.slice(0, pieces.length));
    expect(pieces.length).toBe(Math.min(12, whole.length));
  });
});
