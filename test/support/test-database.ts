import { loadConfig, LocalNeo4jConfig } from '../../src/config';
import { PROJECT_ROOT } from '../../src/localdb/local-neo4j';

/**
 * Where the tests' Neo4j is. Integration tests clear the graph, so by default they never touch
 * the developer's database: without NEO4J_TEST_URI they use a throwaway local Neo4j of their own
 * on port 7688 (NEO4J_TEST_PORT), data under .neo4j/test. With NEO4J_TEST_URI (a CI service, a
 * server of yours whose data may be deleted) they use that.
 */
export function testLocalConfig(): LocalNeo4jConfig {
  const base = loadConfig({ ...process.env, NEO4J_URI: undefined }).local;
  const port = Number(process.env.NEO4J_TEST_PORT ?? 7688);
  return {
    ...base,
    port,
    dir: `${PROJECT_ROOT}/.neo4j/test-${port}`,
    heapMb: 768,
    pageCacheMb: 256,
  };
}

export function testUri(): string | undefined {
  return process.env.NEO4J_TEST_URI || undefined;
}
