import { Executor } from '../../src/graph/executor';
import { migrate } from '../../src/graph/migrate';
import { extractArticle } from '../../src/ingest/extractor';
import { articleFromRecord } from '../../src/model/article';
import { planArticleWrite } from '../../src/model/plan';
import { RunningApp, startApp } from '../../src/server';
import { corpusRecords } from '../support/corpus';
import { clearGraph, testExecutor } from '../support/graph';
import { malformedInput } from '../support/malformed';
import { apiToken, GraphQLResponse } from './api.support';

/**
 * The command line's malformed-input guarantee, through the API: 1,000 malformed ingestArticle
 * calls mixed with valid ones. Every valid article goes in once, every bad call is refused naming
 * its field, and nothing of a refused call is written.
 */

const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { articleId status } }';

/** A curator's API key: ingesting is a mutation, and every mutation needs the curator role. */
let curatorToken = '';

async function ingestArticle(app: RunningApp, input: Record<string, unknown>, token = curatorToken): Promise<GraphQLResponse> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: INGEST, variables: { input } }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}

/** Whether a refusal names the field: in the coded error's fields, or in the message. */
function namesField(response: GraphQLResponse, field: string): boolean {
  const error = response.body.errors?.[0];
  if (!error) return false;
  const fields = ((error.extensions?.fields as Array<{ field: string }> | undefined) ?? []).map((f) => f.field);
  return fields.some((f) => f === field || f.endsWith(`.${field}`)) || new RegExp(`\\b${field}\\b`).test(error.message);
}

/** Runs the calls `width` at a time, in order of start. */
async function inParallel<T, R>(items: T[], width: number, call: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await call(items[i]);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

describe('ingestArticle with malformed input among valid articles', () => {
  let executor: Executor;
  let app: RunningApp;

  beforeAll(async () => {
    executor = testExecutor();
    await clearGraph(executor);
    await migrate(executor);
    curatorToken = await apiToken(executor, 'curator');
    app = await startApp({ executor, port: 0, log: () => {} });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await executor?.close();
  });

  it('writes every valid article once, refuses each of 1,000 bad ones naming its field, and writes nothing of them', async () => {
    const valid = corpusRecords().filter((r) => r.text.length < 4000).slice(0, 40);
    type Call = { input: Record<string, unknown>; field?: string };
    const calls: Call[] = [];
    for (let i = 0; i < 1000; i++) {
      if (i % 25 === 0) {
        const r = valid[i / 25];
        calls.push({ input: { id: r.id, text: r.text, title: r.title, published: r.published.slice(0, 10), publisher: r.publisher, url: r.url } });
      }
      calls.push(malformedInput(i));
    }
    const responses = await inParallel(calls, 8, (call) => ingestArticle(app, call.input));

    const unnamed: string[] = [];
    calls.forEach((call, i) => {
      const response = responses[i];
      if (call.field === undefined) {
        expect(response.body.errors).toBeUndefined();
        expect(response.body.data.ingestArticle).toEqual({ articleId: call.input.id, status: 'written' });
      } else {
        expect(response.status).toBeLessThan(500);
        expect(response.body.data?.ingestArticle ?? null).toBeNull();
        if (!namesField(response, call.field)) unnamed.push(`${call.field}: ${response.body.errors?.[0]?.message}`);
      }
    });
    expect(unnamed).toEqual([]);

    const articles = await executor.autoCommit('MATCH (a:Article) RETURN a.id AS id ORDER BY id');
    expect(articles.map((a) => a.id)).toEqual(valid.map((r) => r.id).sort());
    const [orphans] = await executor.autoCommit('MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->() RETURN count(e) AS n');
    expect(orphans.n).toBe(0);
    // Evidence for just the valid articles whose text yields events.
    const withEvidence = await executor.autoCommit('MATCH (a:Article) WHERE EXISTS { (a)<-[:REPORTED_IN]-(:Event) } RETURN a.id AS id ORDER BY id');
    const withEvents = valid.filter((r) => {
      const article = articleFromRecord({ ...r, published: r.published.slice(0, 10) }, r.id);
      return planArticleWrite(article, extractArticle(article)).events.length > 0;
    });
    expect(withEvents.length).toBeGreaterThan(5);
    expect(withEvidence.map((a) => a.id)).toEqual(withEvents.map((r) => r.id).sort());
  }, 600_000);
});
