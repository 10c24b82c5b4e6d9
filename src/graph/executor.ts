import neo4j, { Driver, ManagedTransaction, Neo4jError, SessionMode } from 'neo4j-driver';

import { Config, effectiveUri } from '../config';
import { CypherLibrary, cypherLibrary } from './cypher';
import { ConstraintViolationError, DatabaseAuthError, DatabaseUnavailableError, GraphError, QueryTimeoutError, ServerBusyError } from './errors';
import { sendWithoutDelay } from './no-delay';
import { toPlain } from './values';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** What a unit of work sees: named Cypher in, plain rows out. Every value is a parameter. */
export interface QueryRunner {
  run(name: string, params?: Params): Promise<Row[]>;
}

export interface ServerInfo {
  address: string;
  version: string;
  edition: string;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);

export interface ExecutorLimits {
  /** every read transaction ends after this long */
  readTimeoutMs?: number;
}

/**
 * The one place that touches the driver: it opens sessions, runs managed read and write
 * transactions (retried by the driver on transient errors and leader switches), closes sessions in
 * finally, tags transactions, counts round trips and maps driver errors to domain errors.
 */
export class Executor {
  /** Cypher statements sent, for tests that bound the round trips of an operation. */
  roundTrips = 0;
  /** The limits every transaction runs under; the server sets them from its configuration. */
  limits: ExecutorLimits = {};

  constructor(
    readonly driver: Driver,
    readonly uri: string,
    private readonly user: string,
    readonly database: string | undefined,
    private readonly library: CypherLibrary = cypherLibrary(),
  ) {}

  static fromConfig(config: Config, opts: { maxRetryMs?: number } = {}): Executor {
    const uri = effectiveUri(config);
    sendWithoutDelay();
    const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: opts.maxRetryMs ?? 15_000,
      connectionAcquisitionTimeout: config.security?.acquisitionTimeoutMs ?? 20_000,
      connectionTimeout: 5_000,
      userAgent: 'diplograph',
    });
    const executor = new Executor(driver, uri, config.neo4j.user, config.neo4j.database);
    if (config.security) executor.limits = { readTimeoutMs: config.security.queryTimeoutMs };
    return executor;
  }

  read<T>(work: (q: QueryRunner) => Promise<T>, tag = 'read'): Promise<T> {
    return this.transaction(neo4j.session.READ, work, tag);
  }

  write<T>(work: (q: QueryRunner) => Promise<T>, tag = 'write'): Promise<T> {
    return this.transaction(neo4j.session.WRITE, work, tag);
  }

  /** One named query in its own read transaction. */
  query(name: string, params: Params = {}): Promise<Row[]> {
    return this.read((q) => q.run(name, params), name);
  }

  /** Runs a statement outside a managed transaction: schema changes (they cannot share a transaction with writes). */
  async autoCommit(statement: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.roundTrips++;
      const result = await session.run(statement, params);
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (error) {
      throw this.mapError(error);
    } finally {
      await session.close();
    }
  }

  async serverInfo(): Promise<ServerInfo> {
    try {
      const info = await this.driver.getServerInfo({ database: this.database });
      const rows = await this.autoCommit(this.library.get('system.components'));
      return {
        address: info.address ?? this.uri,
        version: String(rows[0]?.version ?? info.agent ?? 'unknown'),
        edition: String(rows[0]?.edition ?? 'unknown'),
      };
    } catch (error) {
      throw this.mapError(error);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async transaction<T>(mode: SessionMode, work: (q: QueryRunner) => Promise<T>, tag: string): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const timeout = mode === neo4j.session.READ ? this.limits.readTimeoutMs : undefined;
    const txConfig = { metadata: { app: 'diplograph', op: tag }, ...(timeout ? { timeout } : {}) };
    const unit = (tx: ManagedTransaction) => work(this.runner(tx));
    try {
      return mode === neo4j.session.READ ? await session.executeRead(unit, txConfig) : await session.executeWrite(unit, txConfig);
    } catch (error) {
      throw this.mapError(error);
    } finally {
      await session.close();
    }
  }

  private runner(tx: ManagedTransaction): QueryRunner {
    return {
      run: async (name, params = {}) => {
        const text = this.library.get(name);
        this.roundTrips++;
        const result = await tx.run(text, params);
        return result.records.map((r) => toPlain(r.toObject()) as Row);
      },
    };
  }

  mapError(error: unknown): Error {
    if (error instanceof GraphError) return error;
    if (error instanceof Neo4jError) {
      if (TIMEOUT_CODES.has(error.code)) return new QueryTimeoutError(this.limits.readTimeoutMs, error);
      if (/Connection acquisition timed out/.test(error.message)) return new ServerBusyError(error);
      if (UNAVAILABLE_CODES.has(error.code)) return new DatabaseUnavailableError(this.uri, error);
      if (error.code === 'Neo.ClientError.Security.Unauthorized' || error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
        return new DatabaseAuthError(this.uri, this.user, error);
      }
      if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        return new ConstraintViolationError(`the write breaks a uniqueness rule of the graph: ${error.message.split('\n')[0]}`, error);
      }
      return new GraphError('QUERY_FAILED', `Neo4j query failed (${error.code}): ${error.message.split('\n')[0]}`, error);
    }
    if (error instanceof Error && /ECONNREFUSED|ENOTFOUND|connect|socket/i.test(error.message)) {
      return new DatabaseUnavailableError(this.uri, error);
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}
