/**
 * Configuration from the environment, parsed once at start. A bad value is a clear error that
 * names the variable, never a surprise later.
 */

export interface Neo4jConfig {
  /** undefined means "the local embedded Neo4j" (started by `diplograph db start`) */
  uri: string | undefined;
  user: string;
  password: string;
  database: string | undefined;
}

export interface ServerConfig {
  host: string;
  port: number;
}

export interface LocalNeo4jConfig {
  host: string;
  port: number;
  /** data directory, git-ignored */
  dir: string;
  heapMb: number;
  pageCacheMb: number;
}

export interface Config {
  neo4j: Neo4jConfig;
  server: ServerConfig;
  local: LocalNeo4jConfig;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function port(env: Env, name: string, fallback: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new ConfigError(name, `must be a port number from 1 to 65535, got "${raw}"`);
  }
  return Number(raw);
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new ConfigError(name, `must be a positive whole number, got "${raw}"`);
  }
  return Number(raw);
}

const URI_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const uri = text(env, 'NEO4J_URI');
  if (uri !== undefined) {
    const scheme = uri.split('://')[0];
    if (!uri.includes('://') || !URI_SCHEMES.includes(scheme)) {
      throw new ConfigError('NEO4J_URI', `must start with one of ${URI_SCHEMES.map((s) => s + '://').join(', ')}; got "${uri}"`);
    }
  }
  const localPort = port(env, 'NEO4J_LOCAL_PORT', 7687);
  return {
    neo4j: {
      uri,
      user: text(env, 'NEO4J_USER') ?? 'neo4j',
      password: text(env, 'NEO4J_PASSWORD') ?? 'neo4j',
      database: text(env, 'NEO4J_DATABASE'),
    },
    server: {
      host: text(env, 'HOST') ?? '127.0.0.1',
      port: port(env, 'PORT', 4000),
    },
    local: {
      host: '127.0.0.1',
      port: localPort,
      dir: text(env, 'NEO4J_LOCAL_DIR') ?? `${cwd}/.neo4j`,
      heapMb: positiveInt(env, 'NEO4J_LOCAL_HEAP_MB', 512),
      pageCacheMb: positiveInt(env, 'NEO4J_LOCAL_PAGECACHE_MB', 128),
    },
  };
}

/** The Bolt URI to connect to: NEO4J_URI, or the local Neo4j. */
export function effectiveUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://${config.local.host}:${config.local.port}`;
}
