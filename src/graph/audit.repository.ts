import { randomUUID } from 'node:crypto';

import { Principal } from '../model/roles';
import { Executor, QueryRunner } from './executor';

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  undone?: string | null;
}

/** What a merge changed, as its audit entry keeps it (enough to undo it). */
export interface MergeSnapshot {
  keepId: string;
  mergeId: string;
  merged: Record<string, unknown>;
  labels: string[];
  kept: Record<string, unknown>;
  relationships: Array<{ type: string; direction: 'OUT' | 'IN'; other: string; otherLabel: string; props: Record<string, unknown>; shared: boolean }>;
  speaking: Array<{ event: string; article: string }>;
}

/** The kept entity's properties that api.mergeFinish changes; an undo sets them back. */
export const MERGE_RESTORED_PROPERTIES = ['aliases', 'mergedIds', 'country', 'iso3', 'acronym', 'key', 'label', 'paxId', 'unknown', 'reference'] as const;

/** The audit trail: one entry per mutation, written in the mutation's transaction, read by admins. */
export class AuditRepository {
  constructor(private readonly executor: Executor) {}

  static async record(q: QueryRunner, actor: Principal, action: string, target: string, before: unknown, after: unknown): Promise<string> {
    const id = `audit:${randomUUID()}`;
    await q.run('audit.record', { id, actor: actor.id, role: actor.role, action, target, before: JSON.stringify(before ?? null), after: JSON.stringify(after ?? null) });
    return id;
  }

  static async byId(q: QueryRunner, id: string): Promise<AuditEntry | undefined> {
    const [row] = await q.run('audit.byId', { id });
    return row ? parse(row) : undefined;
  }

  /** Records a mutation that wrote in its own transaction (an article ingest). */
  recordAfter(actor: Principal, action: string, target: string, before: unknown, after: unknown): Promise<string> {
    return this.executor.write((q) => AuditRepository.record(q, actor, action, target, before, after), 'audit.record');
  }

  async list(filter: { target?: string | null; action?: string | null; limit: number }): Promise<AuditEntry[]> {
    const rows = await this.executor.query('audit.list', { target: filter.target ?? null, action: filter.action ?? null, limit: filter.limit });
    return rows.map(parse);
  }
}

function parse(row: Record<string, unknown>): AuditEntry {
  return { ...(row as unknown as AuditEntry), before: JSON.parse(String(row.before ?? 'null')), after: JSON.parse(String(row.after ?? 'null')) };
}
