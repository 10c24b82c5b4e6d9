import 'reflect-metadata';

import { Kind, OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';

import { depthLimitRule, MAX_COST, operationCost } from '../../src/api/limits';
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
  it('multiplies nested fields by the page sizes above them', () => {
    expect(cost('{ statistics { articles } }')).toBe(2);
    expect(cost('{ actors(first: 10) { nodes { name } } }')).toBe(1 + 10 + 10);
    expect(cost('query ($n: Int) { actors(first: $n) { nodes { name } } }', { n: 50 })).toBe(1 + 50 + 50);
  });

  it('uses default page sizes when none is given', () => {
    expect(cost('{ actors { nodes { name } } }')).toBe(1 + 20 + 20);
  });

  it('puts a nested page of pages over the limit', () => {
    expect(cost('{ actors(first: 100) { nodes { events(first: 100) { nodes { by { name } } } } } }')).toBeGreaterThan(MAX_COST);
  });
});
