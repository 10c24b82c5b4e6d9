import { ConfigError, loadConfig } from '../config';
import { migrate } from '../graph/migrate';
import { RunningApp, startApp } from '../server';
import { parseArgs } from './args';
import { openDatabase } from './database';
import { CliIO } from './io';

export const SERVE_HELP = `Usage: diplograph serve [--no-local]

Serves the GraphQL API at http://HOST:PORT/graphql (default http://127.0.0.1:4000/graphql).
Without NEO4J_URI it starts the local Neo4j when it is not running (and stops it again on
Ctrl-C or SIGTERM); then it applies the schema migration and serves.

Options:
  --no-local   never start the local Neo4j (fail if NEO4J_URI is unset and none runs)

Environment: PORT, HOST, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.

Exit status: 0 after Ctrl-C or SIGTERM, 1 when Neo4j cannot be started or reached, or the
port is taken, 2 wrong usage.

Examples:
  diplograph serve
  PORT=4100 HOST=0.0.0.0 NEO4J_URI=neo4j://db.example.org:7687 diplograph serve --no-local
`;

export async function runServe(args: string[], io: CliIO): Promise<number> {
  const { options } = parseArgs(args, { flags: ['no-local'] });
  if (options.help) {
    io.stdout.write(SERVE_HELP);
    return 0;
  }
  const config = loadConfig();
  const log = (line: string) => io.stderr.write(`${line}\n`);
  const db = await openDatabase(config, { startLocal: !options['no-local'], log });
  let app: RunningApp;
  try {
    await migrate(db.executor);
    // a port in use rejects here: the local Neo4j is stopped and the error ends the command
    app = await startApp({ executor: db.executor, host: config.server.host, port: config.server.port });
  } catch (error) {
    await db.close();
    throw listenError(error, config.server);
  }
  io.stdout.write(`diplograph serving ${app.url} (Neo4j at ${db.executor.uri})\n`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: stopping`);
      // Closing the server and the driver empties the event loop before the local Neo4j is
      // stopped; this timer keeps the process alive until the shutdown is complete.
      const keepAlive = setInterval(() => {}, 1000);
      try {
        await app.stop();
      } finally {
        await db.close();
        clearInterval(keepAlive);
        resolve(0);
      }
    };
    // Handlers stay registered while stopping: a second signal (npm forwards one as well) must not
    // end the process before the local Neo4j is stopped.
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  });
}

/** A port that cannot be taken is a setting to change, said as one line naming PORT and HOST. */
function listenError(error: unknown, server: { host: string; port: number }): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new ConfigError('PORT', `${server.port} on ${server.host} is in use: stop what holds it or set another PORT`);
  if (code === 'EACCES' || code === 'EADDRNOTAVAIL') return new ConfigError('HOST', `cannot listen on ${server.host}:${server.port} (${code}): check HOST and PORT`);
  return error;
}
