import { ConfigError } from '../config';
import { GraphError } from '../graph/errors';
import { LocalNeo4jError } from '../localdb/local-neo4j';
import { UsageError } from './args';
import { CliIO, processIO } from './io';

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
  export: { summary: 'write the graph as GraphML, CSV, JSON Lines or PLOVER event records', run: lazy(async () => (await import('./export')).runExport) },
};

export const MAIN_HELP = () => `diplograph: a knowledge graph of diplomatic actors, agreements and positions.

Usage: diplograph <command> [options]   (diplograph <command> --help for more)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`)
  .join('\n')}

Exit codes: 0 done, 1 failed (or some input failed), 2 wrong usage, 3 (db status) not running.

Examples:
  npx diplograph extract --date 2022-02-21 article.txt
  npx diplograph serve
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(MAIN_HELP());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`diplograph: unknown command "${name}"; run "diplograph --help" for the list\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`diplograph ${name}: ${error.message}; see "diplograph ${name} --help"\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof GraphError) {
      io.stderr.write(`diplograph ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
