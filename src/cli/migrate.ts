import { loadConfig } from '../config';
import { migrate } from '../graph/migrate';
import { parseArgs } from './args';
import { openDatabase } from './database';
import { CliIO } from './io';

export const MIGRATE_HELP = `Usage: diplograph migrate

Applies the graph schema (uniqueness constraints and indexes, all IF NOT EXISTS) and loads the
reference knowledge. Running it again changes nothing.

Example:
  NEO4J_URI=neo4j://db.example.org:7687 NEO4J_PASSWORD=... diplograph migrate
`;

export async function runMigrate(args: string[], io: CliIO): Promise<number> {
  const { options } = parseArgs(args, {});
  if (options.help) {
    io.stdout.write(MIGRATE_HELP);
    return 0;
  }
  const config = loadConfig();
  const db = await openDatabase(config, { startLocal: false, log: (l) => io.stderr.write(`${l}\n`) });
  try {
    const report = await migrate(db.executor);
    io.stdout.write(`migrated ${db.executor.uri}: ${report.statements} schema statements, ${report.referenceEntities} reference entities, ${report.referenceLinks} reference links\n`);
    return 0;
  } finally {
    await db.close();
  }
}
