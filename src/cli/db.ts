import { loadConfig } from '../config';
import * as local from '../localdb/local-neo4j';
import { parseArgs, UsageError } from './args';
import { CliIO } from './io';

export const DB_HELP = `Usage: diplograph db start|stop|status [--json]

Runs the local Neo4j (Community 5.26, embedded, Bolt on 127.0.0.1:7687, data under .neo4j/),
for machines without Docker. Needs Java 17 and, on first use, Maven to build the launcher.

  start    build on first use, start in the background, wait until Bolt answers
  stop     stop it by its recorded pid (SIGTERM, a clean shutdown)
  status   say whether it runs, and where

Options:
  --json   print the outcome as JSON: status gives {"state": "running" | "starting" | "stopped"
           | "foreign", "running", "pid", "uri", "dir"}; start {"started", "pid", "uri",
           "seconds"}; stop {"stopped"}

Environment: NEO4J_LOCAL_PORT (7687), NEO4J_LOCAL_DIR (.neo4j), NEO4J_LOCAL_HEAP_MB (512),
NEO4J_LOCAL_PAGECACHE_MB (128).

Exit status: 0 done (status: running), 1 failed (no Java, Neo4j did not start), 2 wrong usage,
3 (status) not running.

Examples:
  diplograph db start && diplograph migrate
  diplograph db status --json
`;

const ACTIONS = ['start', 'stop', 'status'];

export async function runDb(args: string[], io: CliIO): Promise<number> {
  const { options, positional } = parseArgs(args, { flags: ['json'] });
  if (options.help) {
    io.stdout.write(DB_HELP);
    return 0;
  }
  const [action, extra] = positional;
  if (!action) {
    io.stdout.write(DB_HELP);
    return 2;
  }
  if (!ACTIONS.includes(action)) throw new UsageError(`unknown action "${action}"; use start, stop or status`);
  if (extra !== undefined) throw new UsageError(`db ${action} takes no further arguments, got "${extra}"`);
  const json = options.json === true;
  const print = (value: object, text: string) => io.stdout.write(json ? `${JSON.stringify(value)}\n` : `${text}\n`);
  const cfg = loadConfig().local;
  const log = (line: string) => io.stderr.write(`${line}\n`);
  switch (action) {
    case 'start': {
      const result = await local.start(cfg, log);
      print(
        { started: result.started, pid: result.pid ?? null, uri: result.uri, seconds: Math.round(result.millis / 100) / 10 },
        result.started
          ? `local Neo4j ready at ${result.uri} (pid ${result.pid}, ${(result.millis / 1000).toFixed(1)}s)`
          : `local Neo4j already running at ${result.uri} (pid ${result.pid})`,
      );
      return 0;
    }
    case 'stop': {
      const stopped = await local.stop(cfg, log);
      print({ stopped }, stopped ? 'local Neo4j stopped' : 'local Neo4j was not running');
      return 0;
    }
    default: {
      const s = await local.status(cfg);
      const state = s.running ? (s.portOpen ? 'running' : 'starting') : s.portOpen ? 'foreign' : 'stopped';
      const text = s.running
        ? `running: pid ${s.pid}, ${s.uri}${s.portOpen ? '' : ' (starting)'}, data in ${s.dir}`
        : s.portOpen
          ? `not running here, but something answers on ${s.uri}`
          : `stopped (${s.uri}, data in ${s.dir})`;
      print({ state, running: s.running, pid: s.pid ?? null, uri: s.uri, dir: s.dir }, text);
      return s.running ? 0 : 3;
    }
  }
}
