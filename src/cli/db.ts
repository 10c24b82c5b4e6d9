import { loadConfig } from '../config';
import * as local from '../localdb/local-neo4j';
import { CliIO } from './io';

export const DB_HELP = `Usage: diplograph db start|stop|status

Runs the local Neo4j (Community 5.26, embedded, Bolt on 127.0.0.1:7687, data under .neo4j/),
for machines without Docker. Needs Java 17 and, on first use, Maven to build the launcher.

  start    build on first use, start in the background, wait until Bolt answers
  stop     stop it by its recorded pid (SIGTERM, a clean shutdown)
  status   say whether it runs, and where

Environment: NEO4J_LOCAL_PORT (7687), NEO4J_LOCAL_DIR (.neo4j), NEO4J_LOCAL_HEAP_MB (512),
NEO4J_LOCAL_PAGECACHE_MB (128).

Example:
  diplograph db start && diplograph migrate
`;

export async function runDb(args: string[], io: CliIO): Promise<number> {
  const [action] = args;
  if (!action || action === '--help' || action === '-h') {
    io.stdout.write(DB_HELP);
    return action ? 0 : 2;
  }
  const cfg = loadConfig().local;
  const log = (line: string) => io.stderr.write(`${line}\n`);
  switch (action) {
    case 'start': {
      const result = await local.start(cfg, log);
      io.stdout.write(
        result.started
          ? `local Neo4j ready at ${result.uri} (pid ${result.pid}, ${(result.millis / 1000).toFixed(1)}s)\n`
          : `local Neo4j already running at ${result.uri} (pid ${result.pid})\n`,
      );
      return 0;
    }
    case 'stop': {
      const stopped = await local.stop(cfg, log);
      io.stdout.write(stopped ? 'local Neo4j stopped\n' : 'local Neo4j was not running\n');
      return 0;
    }
    case 'status': {
      const s = await local.status(cfg);
      if (s.running) io.stdout.write(`running: pid ${s.pid}, ${s.uri}${s.portOpen ? '' : ' (starting)'}, data in ${s.dir}\n`);
      else if (s.portOpen) io.stdout.write(`not running here, but something answers on ${s.uri}\n`);
      else io.stdout.write(`stopped (${s.uri}, data in ${s.dir})\n`);
      return s.running ? 0 : 3;
    }
    default:
      io.stderr.write(`diplograph db: unknown action "${action}"; use start, stop or status\n`);
      return 2;
  }
}
