import { createHash } from 'node:crypto';

import { cypher } from './cypher';
import { Executor } from './executor';

export interface GraphSignature {
  labels: Record<string, number>;
  types: Record<string, number>;
  events: number;
  /** the events' ids, sorted */
  eventIds: string[];
  /** sha-256 over every event with its participants, evidence and projected edges */
  digest: string;
}

/** A comparable picture of a graph, to tell whether two ingests made the same one. */
export async function graphSignature(executor: Executor): Promise<GraphSignature> {
  const counts = (rows: Array<Record<string, unknown>>, key: string) => Object.fromEntries(rows.map((r) => [String(r[key]), Number(r.n)]));
  const labels = counts(await executor.query('check.labelCounts'), 'label');
  const types = counts(await executor.query('check.typeCounts'), 'type');
  const events = await executor.query('check.events');
  const hash = createHash('sha256');
  for (const event of events) hash.update(`${JSON.stringify(event)}\n`);
  return { labels, types, events: events.length, eventIds: events.map((e) => String(e.id)), digest: hash.digest('hex') };
}

/** Deletes every node and relationship, keeping the schema. */
export async function clearGraph(executor: Executor): Promise<void> {
  await executor.autoCommit(cypher('check.clearGraph'));
}
