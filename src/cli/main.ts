import { ConfigError } from '../config';
import { GraphError } from '../graph/errors';
import { LocalNeo4jError } from '../localdb/local-neo4j';
import { UsageError } from './args';
import { CliIO, printable, processIO } from './io';

type Command = { summary: string; run: (args: string[], io: CliIO) => Promise<number> };

const lazy =
  (load: () => Promise<(args: string[], io: CliIO) => Promise<number>>) =>
  async (args: string[], io: CliIO) =>
    (await load())(args, io);

const COMMANDS: Record<string, Command> = {
  extract: { summary: 'print the facts of an article as JSON (no database)', run: lazy(async () => (await import(`./${'extract'}`)).runExtract) },
  ingest: { summary: 'extract articles and write them to Neo4j', run: lazy(async () => (await import('./ingest')).runIngest) },
  'import-pax': { summary: 'load a PA-X peace agreements CSV export', run: lazy(async () => (await import('./import-pax')).runImportPax) },
  serve: { summary: 'serve the GraphQL API (starts the local Neo4j if needed)', run: lazy(async () => (await import('./serve')).runServe) },
  migrate: { summary: 'apply the graph schema and load the reference knowledge', run: lazy(async () => (await import('./migrate')).runMigrate) },
  db: { summary: 'start, stop or check the local Neo4j', run: lazy(async () => (await import('./db')).runDb) },
  keys: { summary: 'create, revoke or list API keys (reader, curator, admin)', run: lazy(async () => (await import('./keys')).runKeys) },
  export: { summary: 'write the graph as GraphML, CSV, JSON Lines or PLOVER event records', run: lazy(async () => (await import('./export')).runExport) },
};

export const MAIN_HELP = () => `diplograph: a knowledge graph of diplomatic actors, agreements and positions.

Usage: diplograph <command> [options]   (diplograph <command> --help, or diplograph help <command>, for more)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`)
  .join('\n')}

Options of every command:
  --help, -h   what the command does, its options and an example
  --json       (ingest, import-pax, migrate, db, export) machine-readable output

Exit codes:
  0   done
  1   failed: Neo4j unreachable or refused the credentials, a bad configuration, a file that
      cannot be read or written, or some input that failed (ingest, import-pax: the rest went in)
  2   wrong usage: an unknown command or option, a missing or malformed value
  3   db status: the local Neo4j is not running
Errors are one line on standard error, naming what went wrong and, where there is one, the fix.

Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PORT, HOST (see README;
security settings in docs/security.md).

Examples:
  npx diplograph extract --date 2022-02-21 article.txt
  npx diplograph ingest ../shared/corpus/seed.jsonl
  npx diplograph export --format graphml --out diplograph.graphml
  npx diplograph serve
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' && rest.length > 0) return main([rest[0], '--help'], io);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(MAIN_HELP());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`diplograph: unknown command "${printable(name)}"; the commands are ${Object.keys(COMMANDS).join(', ')} (see "diplograph --help")\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(printable(`diplograph ${name}: ${error.message}; see "diplograph ${name} --help"`) + '\n');
      return 2;
    }
    if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof GraphError) {
      io.stderr.write(`${printable(`diplograph ${name}: ${error.message}`)}\n`);
      return 1;
    }
    throw error;
  }
}
