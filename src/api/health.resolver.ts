import { Ctx, Query, Resolver } from 'type-graphql';

import { DatabaseHealth, SystemRepository } from '../graph/system.repository';
import { roleAllows } from '../model/roles';
import { ApiContext } from './context';
import { DatabaseStatus, Health } from './health.type';

/** Health answers within this long: a database check that takes longer answers with the last one seen. */
export const HEALTH_WAIT_MS = 250;

@Resolver(() => Health)
export class HealthResolver {
  private last: DatabaseHealth | undefined;
  private pending: Promise<DatabaseHealth> | undefined;

  constructor(private readonly system: SystemRepository) {}

  @Query(() => Health, { description: 'Whether the server reaches Neo4j; its version and address for an admin only. Answers within a second, busy or not.' })
  async health(@Ctx() ctx: ApiContext): Promise<Health> {
    const db = await this.check();
    const status = db.connected ? DatabaseStatus.CONNECTED : DatabaseStatus.UNAVAILABLE;
    // Versions, addresses and error details help an attacker more than a client: an admin's only.
    if (!ctx.principal || !roleAllows(ctx.principal.role, 'admin')) return Object.assign(new Health(), { neo4j: status });
    return Object.assign(new Health(), { neo4j: status, version: db.version, edition: db.edition, address: db.address, message: db.message });
  }

  /** One database check at a time, shared by concurrent requests; a slow one answers with the last known state. */
  private async check(): Promise<DatabaseHealth> {
    this.pending ??= this.system.health().then(
      (health) => ((this.last = health), health),
      (error) => {
        throw error;
      },
    ).finally(() => (this.pending = undefined));
    const slow = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), HEALTH_WAIT_MS).unref());
    const answer = await Promise.race([this.pending, slow]);
    return answer ?? this.last ?? (await this.pending);
  }
}
