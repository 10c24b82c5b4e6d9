import { reference } from '../extract/reference';
import { planReference } from '../model/reference-plan';
import { cypherLibrary } from './cypher';
import { Executor } from './executor';
import { ReferenceRepository } from './reference.repository';

export interface MigrationReport {
  statements: number;
  referenceEntities: number;
  referenceLinks: number;
}

/**
 * Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS) and loads the
 * reference knowledge (merged on stable ids and keys), so running it again changes nothing. The one
 * code path used by `diplograph migrate`, the server at start and the tests.
 */
export async function migrate(executor: Executor): Promise<MigrationReport> {
  const statements = cypherLibrary().statements('schema');
  for (const statement of statements) {
    await executor.autoCommit(statement);
  }
  await executor.autoCommit('CALL db.awaitIndexes(300)');
  const loaded = await new ReferenceRepository(executor).load(planReference(reference.asData()));
  return { statements: statements.length, referenceEntities: loaded.entities, referenceLinks: loaded.links };
}
