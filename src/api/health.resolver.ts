import { Ctx, Query, Resolver } from 'type-graphql';

import { SystemRepository } from '../graph/system.repository';
import { roleAllows } from '../model/roles';
import { ApiContext } from './context';
import { DatabaseStatus, Health } from './health.type';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly system: SystemRepository) {}

  @Query(() => Health, { description: 'Whether the server reaches Neo4j; its version and address for an admin only.' })
  async health(@Ctx() ctx: ApiContext): Promise<Health> {
    const db = await this.system.health();
    const status = db.connected ? DatabaseStatus.CONNECTED : DatabaseStatus.UNAVAILABLE;
    // Versions, addresses and error details help an attacker more than a client: an admin's only.
    if (!ctx.principal || !roleAllows(ctx.principal.role, 'admin')) return Object.assign(new Health(), { neo4j: status });
    return Object.assign(new Health(), { neo4j: status, version: db.version, edition: db.edition, address: db.address, message: db.message });
  }
}
