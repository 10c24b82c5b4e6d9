import { reference } from '../extract/reference';
import { CurationConflict } from '../model/curation';
import { planReference } from '../model/reference-plan';
import { cypherLibrary } from './cypher';
import { Executor } from './executor';
import { ReferenceRepository } from './reference.repository';

export interface MigrationReport {
  statements: number;
  referenceEntities: number;
  referenceLinks: number;
  /** reference values that differ from curators' edits, which were kept */
  conflicts: CurationConflict[];
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
  return { statements: statements.length, referenceEntities: loaded.entities, referenceLinks: loaded.links, conflicts: loaded.conflicts };
}
