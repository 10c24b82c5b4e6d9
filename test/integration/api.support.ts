import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { ArticleRepository } from '../../src/graph/article.repository';
import { Executor } from '../../src/graph/executor';
import { migrate } from '../../src/graph/migrate';
import { extractArticle } from '../../src/ingest/extractor';
import { ingestPaths } from '../../src/ingest/pipeline';
import { clearGraph } from '../support/graph';

/** Helpers of the API's integration tests: a fresh graph with the seed article, and GraphQL over HTTP. */

export const SEED = resolve(__dirname, '../../../shared/corpus/seed.jsonl');
export const EXAMPLES = resolve(__dirname, '../../examples/analyst.graphql');

export async function freshSeedGraph(executor: Executor): Promise<void> {
  await clearGraph(executor);
  await migrate(executor);
  const stats = await ingestPaths(new ArticleRepository(executor), [SEED], { extract: extractArticle });
  if (stats.written !== 1) throw new Error(`the seed was not written: ${JSON.stringify(stats)}`);
}

export interface GraphQLResponse {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any>; path?: unknown[] }> };
}

export async function gql(url: string, query: string, variables?: Record<string, unknown>, operationName?: string): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
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
