import { Ctx, Query, Resolver } from 'type-graphql';

import { DatabaseHealth, SystemRepository } from '../graph/system.repository';
import { roleAllows } from '../model/roles';
import { ApiContext } from './context';
import { DatabaseStatus, Health } from './health.type';

/** Health answers within this long: a database check that takes longer answers with the last one seen. */
export const HEALTH_WAIT_MS = 250;
/** The status anonymous clients see is at most this old: an older one is refreshed in the background. */
export const HEALTH_REFRESH_MS = 1000;

@Resolver(() => Health)
export class HealthResolver {
  private last: { health: DatabaseHealth; at: number } | undefined;
  private pending: Promise<DatabaseHealth> | undefined;

  constructor(private readonly system: SystemRepository) {}

  @Query(() => Health, { description: 'Whether the server reaches Neo4j; its version and address for an admin only. Answers within a second, busy or not.' })
  async health(@Ctx() ctx: ApiContext): Promise<Health> {
    const admin = !!ctx.principal && roleAllows(ctx.principal.role, 'admin');
    // Status only from the last check, so a busy database never holds up a load balancer's probe.
    const db = admin ? await this.check() : this.recent() ?? (await this.check());
    const status = db.connected ? DatabaseStatus.CONNECTED : DatabaseStatus.UNAVAILABLE;
    // Versions, addresses and error details help an attacker more than a client: an admin's only.
    if (!admin) return Object.assign(new Health(), { neo4j: status });
    return Object.assign(new Health(), { neo4j: status, version: db.version, edition: db.edition, address: db.address, message: db.message });
  }

  /** The last check's answer, at once; when it is older than HEALTH_REFRESH_MS a new check starts behind it. */
  private recent(): DatabaseHealth | undefined {
    if (this.last && performance.now() - this.last.at > HEALTH_REFRESH_MS) this.refresh().catch(() => undefined);
    return this.last?.health;
  }

  private refresh(): Promise<DatabaseHealth> {
    this.pending ??= this.system
      .health()
      .then((health) => ((this.last = { health, at: performance.now() }), health))
      .finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** One database check at a time, shared by concurrent requests; a slow one answers with the last known state. */
  private async check(): Promise<DatabaseHealth> {
    const pending = this.refresh();
    const slow = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), HEALTH_WAIT_MS).unref());
    const answer = await Promise.race([pending, slow]);
    return answer ?? this.last?.health ?? (await pending);
  }
}
