import { cypherLibrary } from './cypher';
import { Executor } from './executor';

export interface MigrationReport {
  statements: number;
}

/**
 * Applies cypher/schema.cypher: constraints and indexes, all IF NOT EXISTS, so running it again is
 * harmless. The one code path used by `diplograph migrate`, the server at start and the tests.
 */
export async function migrate(executor: Executor): Promise<MigrationReport> {
  const statements = cypherLibrary().statements('schema');
  for (const statement of statements) {
    await executor.autoCommit(statement);
  }
  await executor.autoCommit('CALL db.awaitIndexes(300)');
  return { statements: statements.length };
}
