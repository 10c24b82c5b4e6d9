import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';

import { LocalNeo4jConfig } from '../config';

/**
 * The local Neo4j for machines without Docker: Neo4j Community 5.26 embedded in the small Java
 * program of neo4j-local/, built with Maven on first use, run with plain `java` in the background,
 * known by the pid it records, stopped by SIGTERM (a clean shutdown).
 */

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
const MODULE_DIR = join(PROJECT_ROOT, 'neo4j-local');
const CLASSES_DIR = join(MODULE_DIR, 'target', 'classes');
const CLASSPATH_FILE = join(MODULE_DIR, 'target', 'classpath.txt');
const MAIN_CLASS = 'diplograph.Neo4jLocal';

/** The JVM flags that Neo4j's own neo4j.conf passes (server.jvm.additional), plus a small heap. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED',
  '--add-opens=jdk.unsupported/sun.misc=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

export interface LocalStatus {
  running: boolean;
  pid?: number;
  /** something answers on the port, ours or not */
  portOpen: boolean;
  uri: string;
  dir: string;
}

export type Log = (line: string) => void;

const pidFile = (cfg: LocalNeo4jConfig) => join(cfg.dir, 'neo4j.pid');
const logFile = (cfg: LocalNeo4jConfig) => join(cfg.dir, 'neo4j.log');
const uriOf = (cfg: LocalNeo4jConfig) => `bolt://${cfg.host}:${cfg.port}`;

const ALTERNATIVES =
  'Install Java 17 and Maven (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), ' +
  'or point diplograph at a running Neo4j with NEO4J_URI, or use Docker Compose (docker compose up).';

function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

export function isBuilt(): boolean {
  return existsSync(CLASSPATH_FILE) && existsSync(join(CLASSES_DIR, 'diplograph', 'Neo4jLocal.class'));
}

/** Builds the launcher with Maven (dependencies from Maven Central) unless it is built already. */
export function ensureBuilt(log: Log = () => {}): void {
  if (!hasCommand('java', ['-version'])) {
    throw new LocalNeo4jError(`The local Neo4j needs Java 17 or newer, and "java" is not on PATH. ${ALTERNATIVES}`);
  }
  if (isBuilt()) return;
  if (!hasCommand('mvn', ['-v'])) {
    throw new LocalNeo4jError(`The local Neo4j is built with Maven on first use, and "mvn" is not on PATH. ${ALTERNATIVES}`);
  }
  log('building the local Neo4j launcher with Maven (first use; downloads Neo4j from Maven Central)...');
  const result = spawnSync('mvn', ['-q', '-B', '-f', join(MODULE_DIR, 'pom.xml'), 'package', '-DskipTests'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0 || !isBuilt()) {
    throw new LocalNeo4jError(`building neo4j-local with Maven failed (exit ${result.status}); run "mvn -f neo4j-local/pom.xml package" to see why`);
  }
}

function readPid(cfg: LocalNeo4jConfig): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile(cfg), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function portAnswers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function status(cfg: LocalNeo4jConfig): Promise<LocalStatus> {
  const pid = readPid(cfg);
  const running = pid !== undefined && alive(pid);
  return { running, pid: running ? pid : undefined, portOpen: await portAnswers(cfg.host, cfg.port), uri: uriOf(cfg), dir: cfg.dir };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export interface StartResult {
  /** false when it was running already */
  started: boolean;
  pid?: number;
  uri: string;
  millis: number;
}

/** Starts the local Neo4j in the background and waits until it answers queries. */
export async function start(cfg: LocalNeo4jConfig, log: Log = () => {}, timeoutMs = 180_000): Promise<StartResult> {
  const began = Date.now();
  const current = await status(cfg);
  if (current.running) {
    if (!current.portOpen) await waitReady(cfg, current.pid!, began, timeoutMs);
    return { started: false, pid: current.pid, uri: current.uri, millis: Date.now() - began };
  }
  if (current.portOpen) {
    throw new LocalNeo4jError(
      `something else already listens on ${cfg.host}:${cfg.port}; stop it, set NEO4J_LOCAL_PORT to another port, or set NEO4J_URI=bolt://${cfg.host}:${cfg.port} to use it`,
    );
  }
  ensureBuilt(log);
  mkdirSync(cfg.dir, { recursive: true });
  const classpath = `${CLASSES_DIR}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const out = openSync(logFile(cfg), 'a');
  const child = spawn(
    'java',
    [`-Xms${Math.min(cfg.heapMb, 256)}m`, `-Xmx${cfg.heapMb}m`, ...JVM_FLAGS, '-cp', classpath, MAIN_CLASS, join(cfg.dir, 'home'), String(cfg.port)],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_LOCAL_HOST: cfg.host, NEO4J_LOCAL_PAGECACHE_MB: String(cfg.pageCacheMb), NEO4J_LOCAL_TX_TIMEOUT_S: String(cfg.txTimeoutSeconds ?? 120) },
    },
  );
  closeSync(out);
  if (child.pid === undefined) throw new LocalNeo4jError('could not start java');
  child.unref();
  writeFileSync(pidFile(cfg), String(child.pid));
  log(`starting the local Neo4j (pid ${child.pid}, data in ${cfg.dir}, log in ${logFile(cfg)})...`);
  await waitReady(cfg, child.pid, began, timeoutMs);
  return { started: true, pid: child.pid, uri: uriOf(cfg), millis: Date.now() - began };
}

async function waitReady(cfg: LocalNeo4jConfig, pid: number, began: number, timeoutMs: number): Promise<void> {
  while (Date.now() - began < timeoutMs) {
    if (!alive(pid)) {
      rmSync(pidFile(cfg), { force: true });
      throw new LocalNeo4jError(`the local Neo4j exited while starting; the end of ${logFile(cfg)}:\n${tail(logFile(cfg))}`);
    }
    if (await portAnswers(cfg.host, cfg.port, 500)) return;
    await sleep(250);
  }
  throw new LocalNeo4jError(`the local Neo4j did not answer on ${cfg.host}:${cfg.port} within ${timeoutMs / 1000}s; see ${logFile(cfg)}`);
}

/** Stops the local Neo4j by its recorded pid: SIGTERM, a clean shutdown; SIGKILL after the grace period. */
export async function stop(cfg: LocalNeo4jConfig, log: Log = () => {}, graceMs = 60_000): Promise<boolean> {
  const pid = readPid(cfg);
  if (pid === undefined || !alive(pid)) {
    rmSync(pidFile(cfg), { force: true });
    return false;
  }
  log(`stopping the local Neo4j (pid ${pid})...`);
  process.kill(pid, 'SIGTERM');
  const began = Date.now();
  while (alive(pid) && Date.now() - began < graceMs) await sleep(200);
  if (alive(pid)) {
    log(`the local Neo4j did not stop within ${graceMs / 1000}s; killing it`);
    process.kill(pid, 'SIGKILL');
    while (alive(pid)) await sleep(100);
  }
  rmSync(pidFile(cfg), { force: true });
  return true;
}
