import * as local from '../../src/localdb/local-neo4j';
import { testLocalConfig } from './test-database';

/** Stops the Neo4j that the setup started, and only that. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.DIPLOGRAPH_TEST_STARTED_NEO4J === '1') {
    await local.stop(testLocalConfig());
  }
}
