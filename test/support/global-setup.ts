import 'reflect-metadata';

import { rmSync } from 'node:fs';

import { loadConfig } from '../../src/config';
import { Executor } from '../../src/graph/executor';
import { migrate } from '../../src/graph/migrate';
import * as local from '../../src/localdb/local-neo4j';
import { testLocalConfig, testUri } from './test-database';

/** Starts the tests' Neo4j unless one is given or already running, then migrates it once. */
export default async function globalSetup(): Promise<void> {
  let uri = testUri();
  if (!uri) {
    const cfg = testLocalConfig();
    const state = await local.status(cfg);
    if (!state.running) {
      if (!state.portOpen) rmSync(`${cfg.dir}/home`, { recursive: true, force: true });
      const result = await local.start(cfg, (line) => process.stderr.write(`[test setup] ${line}\n`));
      process.env.DIPLOGRAPH_TEST_STARTED_NEO4J = result.started ? '1' : '';
    }
    uri = `bolt://${cfg.host}:${cfg.port}`;
  }
  process.env.NEO4J_URI = uri;
  const executor = Executor.fromConfig(loadConfig());
  try {
    await migrate(executor);
  } finally {
    await executor.close();
  }
}
