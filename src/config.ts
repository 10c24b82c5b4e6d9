/**
 * Configuration from the environment, parsed once at start. A bad value is a clear error that
 * names the variable, never a surprise later.
 */

import { availableParallelism } from 'node:os';

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
  /** the embedded Neo4j ends any transaction that runs longer (db.transaction.timeout) */
  txTimeoutSeconds?: number;
  port: number;
  /** data directory, git-ignored */
  dir: string;
  heapMb: number;
  pageCacheMb: number;
}

/** Who may do what, and what one request may cost (docs/security.md). */
export interface SecurityConfig {
  /** open: anyone may read; key: reads need a reader (or higher) key or token */
  readAccess: 'open' | 'key';
  /** Host header values the server answers (DNS rebinding); the listen host and loopback names are always in */
  allowedHosts: string[];
  introspection: boolean;
  /** every read transaction ends after this long (driver transaction timeout) */
  queryTimeoutMs: number;
  /** how long a request waits for a free Neo4j connection before SERVICE_UNAVAILABLE */
  acquisitionTimeoutMs: number;
  /** read transactions that run at once (src/graph/admission.ts); more wait in a queue of readQueue, at most readQueueWaitMs */
  readConcurrency: number;
  readQueue: number;
  readQueueWaitMs: number;
  /** worker threads that extract articles for ingestArticle, and how many articles may wait for one */
  extractWorkers: number;
  extractQueue: number;
  /** an extraction that runs longer is stopped */
  extractTimeoutMs: number;
  jwt: JwtConfig | undefined;
}

export interface JwtConfig {
  /** HS256 shared secret, or an RS256 public key (PEM) */
  secret?: string;
  publicKey?: string;
  issuer: string;
  audience: string;
  /** the claim that holds the role (reader, curator or admin) */
  roleClaim: string;
}

export interface Config {
  neo4j: Neo4jConfig;
  server: ServerConfig;
  local: LocalNeo4jConfig;
  security: SecurityConfig;
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

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function list(env: Env, name: string): string[] {
  return (text(env, name) ?? '').split(',').map((h) => h.trim().toLowerCase()).filter((h) => h.length > 0);
}

function jwtConfig(env: Env): JwtConfig | undefined {
  const secret = text(env, 'JWT_SECRET');
  const publicKey = text(env, 'JWT_PUBLIC_KEY');
  if (!secret && !publicKey) return undefined;
  if (secret && publicKey) throw new ConfigError('JWT_SECRET', 'set either JWT_SECRET (HS256) or JWT_PUBLIC_KEY (RS256), not both');
  if (secret && secret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  const issuer = text(env, 'JWT_ISSUER');
  const audience = text(env, 'JWT_AUDIENCE');
  if (!issuer) throw new ConfigError('JWT_ISSUER', 'is required when JWT_SECRET or JWT_PUBLIC_KEY is set');
  if (!audience) throw new ConfigError('JWT_AUDIENCE', 'is required when JWT_SECRET or JWT_PUBLIC_KEY is set');
  return { secret, publicKey: publicKey?.replace(/\\n/g, '\n'), issuer, audience, roleClaim: text(env, 'JWT_ROLE_CLAIM') ?? 'role' };
}

/**
 * Reads that run at once by default: two per core of this machine (the local Neo4j shares them; a
 * remote one: set READ_CONCURRENCY to about twice its cores), at least 4, and never more than the
 * driver's connection pool (100).
 */
export function defaultReadConcurrency(cores: number = availableParallelism()): number {
  return Math.min(100, Math.max(4, 2 * cores));
}

function securityConfig(env: Env): SecurityConfig {
  const readAccess = text(env, 'API_READ_ACCESS') ?? 'open';
  if (readAccess !== 'open' && readAccess !== 'key') throw new ConfigError('API_READ_ACCESS', `must be "open" or "key", got "${readAccess}"`);
  return {
    readAccess,
    allowedHosts: list(env, 'ALLOWED_HOSTS'),
    introspection: flag(env, 'API_INTROSPECTION', env.NODE_ENV !== 'production'),
    queryTimeoutMs: positiveInt(env, 'QUERY_TIMEOUT_MS', 5000),
    acquisitionTimeoutMs: positiveInt(env, 'NEO4J_ACQUISITION_TIMEOUT_MS', 3000),
    readConcurrency: positiveInt(env, 'READ_CONCURRENCY', defaultReadConcurrency()),
    readQueue: positiveInt(env, 'READ_QUEUE', 500),
    readQueueWaitMs: positiveInt(env, 'READ_QUEUE_WAIT_MS', 10000),
    extractWorkers: positiveInt(env, 'EXTRACT_WORKERS', 2),
    extractQueue: positiveInt(env, 'EXTRACT_QUEUE', 8),
    extractTimeoutMs: positiveInt(env, 'EXTRACT_TIMEOUT_MS', 60000),
    jwt: jwtConfig(env),
  };
}

/** The defaults, for code that builds a server without an environment (tests, benches). */
export function defaultSecurity(overrides: Partial<SecurityConfig> = {}): SecurityConfig {
  return { ...securityConfig({}), ...overrides };
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
      txTimeoutSeconds: positiveInt(env, 'NEO4J_LOCAL_TX_TIMEOUT_S', 120),
    },
    security: securityConfig(env),
  };
}

/** The Bolt URI to connect to: NEO4J_URI, or the local Neo4j. */
export function effectiveUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://${config.local.host}:${config.local.port}`;
}
