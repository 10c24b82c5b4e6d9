import { Query, Resolver } from 'type-graphql';

import { SystemRepository } from '../graph/system.repository';
import { DatabaseStatus, Health } from './health.type';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly system: SystemRepository) {}

  @Query(() => Health, { description: 'Whether the server reaches Neo4j, and its version.' })
  async health(): Promise<Health> {
    const db = await this.system.health();
    return Object.assign(new Health(), {
      neo4j: db.connected ? DatabaseStatus.CONNECTED : DatabaseStatus.UNAVAILABLE,
      version: db.version,
      edition: db.edition,
      address: db.address,
      message: db.message,
    });
  }
}
