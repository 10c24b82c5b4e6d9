import { loadConfig } from '../config';
import { migrate } from '../graph/migrate';
import { parseArgs, UsageError } from './args';
import { openDatabase } from './database';
import { CliIO } from './io';

export const MIGRATE_HELP = `Usage: diplograph migrate [--json]

Applies the graph schema (uniqueness constraints and indexes, all IF NOT EXISTS) and loads the
reference knowledge. Running it again changes nothing.

Options:
  --json   print the report as JSON: {"uri", "statements", "referenceEntities", "referenceLinks",
           "conflicts", "seconds"}

Exit status: 0 done, 1 Neo4j unreachable or refused the credentials, 2 wrong usage.

Examples:
  diplograph migrate
  NEO4J_URI=neo4j://db.example.org:7687 NEO4J_PASSWORD=... diplograph migrate --json
`;

export async function runMigrate(args: string[], io: CliIO): Promise<number> {
  const { options, positional } = parseArgs(args, { flags: ['json'] });
  if (options.help) {
    io.stdout.write(MIGRATE_HELP);
    return 0;
  }
  if (positional.length > 0) throw new UsageError(`migrate takes no arguments, got "${positional[0]}"`);
  const config = loadConfig();
  const began = Date.now();
  const db = await openDatabase(config, { startLocal: false, log: (l) => io.stderr.write(`${l}\n`) });
  try {
    const report = await migrate(db.executor);
    const seconds = Math.round((Date.now() - began) / 100) / 10;
    io.stdout.write(
      options.json
        ? `${JSON.stringify({ uri: db.executor.uri, ...report, seconds })}\n`
        : `migrated ${db.executor.uri}: ${report.statements} schema statements, ${report.referenceEntities} reference entities, ${report.referenceLinks} reference links\n`,
    );
    for (const c of report.conflicts) {
      io.stderr.write(`curated edit kept: ${c.id} ${c.field} is ${JSON.stringify(c.kept)}; reference knowledge says ${JSON.stringify(c.reference)}\n`);
    }
    return 0;
  } finally {
    await db.close();
  }
}
