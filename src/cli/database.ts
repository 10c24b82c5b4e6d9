import { Config } from '../config';
import { Executor } from '../graph/executor';
import * as local from '../localdb/local-neo4j';

export interface OpenDatabase {
  executor: Executor;
  /** true when this process started the local Neo4j (and so stops it at the end) */
  startedLocal: boolean;
  close(): Promise<void>;
}

/**
 * The executor for a command. Without NEO4J_URI it uses the local Neo4j; with `startLocal` it
 * starts it when it is not running, and `close` stops what it started.
 */
export async function openDatabase(config: Config, opts: { startLocal: boolean; log: (line: string) => void }): Promise<OpenDatabase> {
  let startedLocal = false;
  if (config.neo4j.uri === undefined && opts.startLocal) {
    const result = await local.start(config.local, opts.log);
    startedLocal = result.started;
    if (startedLocal) opts.log(`local Neo4j ready at ${result.uri} in ${(result.millis / 1000).toFixed(1)}s`);
  }
  const executor = Executor.fromConfig(config);
  return {
    executor,
    startedLocal,
    async close() {
      await executor.close();
      if (startedLocal) await local.stop(config.local, opts.log);
    },
  };
}
