import 'reflect-metadata';

import { Kind, OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';

import { depthLimitRule, MAX_COST, operationCost, ROOT_WEIGHTS } from '../../src/api/limits';
import { buildApiSchema } from '../../src/api/schema';

const schema = buildApiSchema();

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return operationCost(schema, operation, {}, variables);
};

describe('the depth limit', () => {
  const errors = (query: string, max: number) => validate(schema, parse(query), [...specifiedRules, depthLimitRule(max)]).map((e) => e.message);

  it('lets an operation within the limit through, fragments and all', () => {
    expect(errors('{ entity(id: "state:FRA") { ... on State { iso3 leaders { person { name } } } } }', 4)).toEqual([]);
  });

  it('refuses a deeper one, saying how deep and what the limit is', () => {
    expect(errors('query Deep { entity(id: "state:FRA") { ... on State { leaders { person { name } } } } }', 3)).toEqual([
      'Operation "Deep" is nested 4 levels deep; the limit is 3. Ask for less nesting, or split it into several operations.',
    ]);
  });

  it('does not count introspection', () => {
    expect(errors('{ __schema { types { name fields { name type { name ofType { name } } } } } }', 2)).toEqual([]);
  });
});

describe('the cost estimate', () => {
  it('multiplies nested fields by the page sizes above them, root fields by their weight', () => {
    expect(cost('{ statistics { articles } }')).toBe(Number(ROOT_WEIGHTS.statistics) + 1);
    expect(cost('{ actors(first: 10) { nodes { name } } }')).toBe(Number(ROOT_WEIGHTS.actors) + 10 + 10);
    expect(cost('query ($n: Int) { actors(first: $n) { nodes { name } } }', { n: 50 })).toBe(Number(ROOT_WEIGHTS.actors) + 50 + 50);
  });

  it('uses default page sizes when none is given', () => {
    expect(cost('{ actors { nodes { name } } }')).toBe(Number(ROOT_WEIGHTS.actors) + 20 + 20);
  });

  it('weighs a neighbourhood by its hops, so that a few aliased 3-hop ones pass the limit', () => {
    const hood = (hops: number) => cost(`{ neighbourhood(id: "state:RUS", hops: ${hops}) { center { id } } }`);
    expect(hood(1)).toBeLessThan(hood(2));
    expect(hood(2)).toBeLessThan(hood(3));
    const five = `{ ${[1, 2, 3, 4, 5].map((i) => `n${i}: neighbourhood(id: "state:RUS", hops: 3) { center { id } }`).join(' ')} }`;
    expect(cost(five)).toBeGreaterThan(MAX_COST);
  });

  it('counts introspection fields and their aliases like any other', () => {
    const one = cost('{ __schema { types { fields { name } } } }');
    expect(one).toBeGreaterThan(10);
    expect(cost('{ a: __schema { types { fields { name } } } b: __schema { types { fields { name } } } }')).toBe(2 * one);
    expect(cost('{ __schema { types { fields { args { type { fields { args { name } } } } } } } }')).toBeGreaterThan(MAX_COST);
  });

  it('puts a nested page of pages over the limit', () => {
    expect(cost('{ actors(first: 100) { nodes { events(first: 100) { nodes { by { name } } } } } }')).toBeGreaterThan(MAX_COST);
  });

  it("counts an actor's positions and the standpoints on an entity as long lists, so one inside the other is refused", () => {
    const positions = cost('{ positions(actor: "person:vladimir-putin") { stance object { name } } }');
    expect(positions).toBeLessThan(MAX_COST);
    expect(positions).toBeGreaterThan(cost('{ entity(id: "person:vladimir-putin") { ... on Actor { offices { role } } } }') * 10);
    // under a page of actors, their positions count as other lists do
    expect(cost('{ actors(first: 50) { nodes { ... on Actor { positions { stance object { name } } } } } }')).toBeLessThan(MAX_COST / 2);
    // Found by the fuzz run: a 2.97 MB answer that held the event loop 1.4 s.
    expect(cost('{ positions(actor: "state:UKR") { last actor { standpoints { supporting stance timeline { supporting } } } } }')).toBeGreaterThan(MAX_COST);
  });
});

