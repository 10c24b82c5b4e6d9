import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { Executor } from '../../src/graph/executor';
import { KeyRepository } from '../../src/graph/key.repository';
import { Role } from '../../src/model/roles';

/** Helpers of the API's integration tests: GraphQL over HTTP and the example operations. */

export const EXAMPLES = resolve(__dirname, '../../examples/analyst.graphql');

export interface GraphQLResponse {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any>; path?: unknown[] }> };
}

export async function gql(url: string, query: string, variables?: Record<string, unknown>, operationName?: string, token?: string): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}

/** Runs one named operation of examples/analyst.graphql. */
export function example(url: string, operationName: string): Promise<GraphQLResponse> {
  return gql(url, readFileSync(EXAMPLES, 'utf8'), undefined, operationName);
}

export function exampleNames(): string[] {
  return [...readFileSync(EXAMPLES, 'utf8').matchAll(/^(?:query|mutation)\s+(\w+)/gm)].map((m) => m[1]);
}

/** A new API key of `role` on the tests' Neo4j: its token. */
export async function apiToken(executor: Executor, role: Role): Promise<string> {
  return (await new KeyRepository(executor).create(role, `test ${role}`)).token;
}
