import { AsyncLocalStorage } from 'node:async_hooks';

import neo4j, { Driver, ManagedTransaction, Neo4jError, Session, SessionMode, Transaction } from 'neo4j-driver';

import { Config, effectiveUri } from '../config';
import { Admission, Release } from './admission';
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

/** A statement built from a selection (by the read compiler), not loaded by name. */
export interface BuiltStatement {
  cypher: string;
  params: Params;
}

/** What runs a statement: a transaction, or a session's auto-commit transaction. */
type Statements = Pick<Transaction, 'run'>;

/**
 * The reads of one request, after one turn to read (so their timeout counts only their run), on
 * at most two sessions: the first statement runs as an auto-commit transaction (RUN and PULL in one
 * Bolt write and one round trip, where BEGIN, RUN and COMMIT take three of each), and any later
 * statements of the request share one read transaction. Most requests are one statement (one per
 * root field). A write in the request ends the scope first, so reads after a write see it.
 */
class ReadScope {
  private turn?: Promise<Release>;
  private first?: Session;
  private session?: Session;
  private tx?: Transaction;

  constructor(
    private readonly open: () => Session,
    private readonly config: () => TransactionConfig,
    private readonly admit: () => Promise<Release>,
  ) {}

  async statements(): Promise<Statements> {
    await (this.turn ??= this.admit());
    if (!this.first) {
      const session = (this.first = this.open());
      const config = this.config();
      return { run: (cypher: string, params?: Params) => session.run(cypher, params, config) } as Statements;
    }
    if (!this.tx) {
      this.session = this.open();
      this.tx = this.session.beginTransaction(this.config());
    }
    return this.tx;
  }

  async end(): Promise<void> {
    const [turn, tx, session, first] = [this.turn, this.tx, this.session, this.first];
    this.turn = this.tx = this.session = this.first = undefined;
    try {
      if (tx?.isOpen()) await tx.commit();
    } finally {
      try {
        await Promise.all([session?.close(), first?.close()]);
      } finally {
        (await turn?.catch(() => undefined))?.();
      }
    }
  }
}

/** What every transaction is opened with: a tag, and for reads a timeout. */
type TransactionConfig = { metadata: Record<string, string>; timeout?: number };

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);

export interface ExecutorLimits {
  /** every read transaction ends after this long */
  readTimeoutMs?: number;
  /** read transactions wait here for a turn to run (the API server's; the command line has none) */
  admission?: Admission;
}

/**
 * The one place that touches the driver: it opens sessions, runs managed read and write
 * transactions (retried by the driver on transient errors and leader switches), closes sessions in
 * finally, tags transactions, counts round trips and maps driver errors to domain errors.
 */
export class Executor {
  /** Cypher statements sent, for tests that bound the round trips of an operation. */
  roundTrips = 0;
  /** The limits transactions run under: the API server sets the read timeout from its configuration;
   * the command line (exports, ingest, migrate) reads without one. */
  limits: ExecutorLimits = {};
  private readonly scopes = new AsyncLocalStorage<ReadScope>();

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
    return executor;
  }

  read<T>(work: (q: QueryRunner) => Promise<T>, tag = 'read'): Promise<T> {
    const scope = this.scopes.getStore();
    if (scope) return this.inScope(scope, (tx) => work(this.runner(tx)));
    return this.admitted(() => this.transaction(neo4j.session.READ, work, tag));
  }

  async write<T>(work: (q: QueryRunner) => Promise<T>, tag = 'write'): Promise<T> {
    // The request's reads have their answers; a read transaction that timed out since has nothing to lose.
    await this.scopes.getStore()?.end().catch(() => undefined);
    return this.transaction(neo4j.session.WRITE, work, tag);
  }

  /**
   * Runs `work` (one request) with its reads in one session and one read transaction, committed at
   * the end; reads outside such a scope get a managed transaction each, as before.
   */
  async withReadScope<T>(work: () => Promise<T>): Promise<T> {
    const scope = new ReadScope(
      () => this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ }),
      () => this.txConfig(neo4j.session.READ, 'request'),
      () => this.turn(),
    );
    try {
      return await this.scopes.run(scope, work);
    } finally {
      await scope.end().catch(() => undefined);
    }
  }

  /** A statement built from a selection, in the request's read transaction (or one of its own). */
  async readBuilt(statement: BuiltStatement, tag = 'read'): Promise<Row[]> {
    const run = async (tx: ManagedTransaction | Statements) => {
      this.roundTrips++;
      const result = await tx.run(statement.cypher, statement.params);
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    };
    const scope = this.scopes.getStore();
    if (scope) return this.inScope(scope, run);
    return this.admitted(async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead(run, this.txConfig(neo4j.session.READ, tag));
      } catch (error) {
        throw this.mapError(error);
      } finally {
        await session.close();
      }
    });
  }

  /** A turn to read: at once without admission control, else when the admission queue gives one. */
  private turn(): Promise<Release> {
    return this.limits.admission?.enter() ?? Promise.resolve(() => undefined);
  }

  private async admitted<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.turn();
    try {
      return await work();
    } finally {
      release();
    }
  }

  private async inScope<T>(scope: ReadScope, work: (tx: Statements) => Promise<T>): Promise<T> {
    try {
      return await work(await scope.statements());
    } catch (error) {
      // A failed statement fails its transaction: the next read of the request starts a new one.
      await scope.end().catch(() => undefined);
      throw this.mapError(error);
    }
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

  /** Tags every transaction; reads run under the configured timeout (one request's reads share one). */
  private txConfig(mode: SessionMode, tag: string): TransactionConfig {
    const timeout = mode === neo4j.session.READ ? this.limits.readTimeoutMs : undefined;
    return { metadata: { app: 'diplograph', op: tag }, ...(timeout ? { timeout } : {}) };
  }

  private async transaction<T>(mode: SessionMode, work: (q: QueryRunner) => Promise<T>, tag: string): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const txConfig = this.txConfig(mode, tag);
    const unit = (tx: ManagedTransaction) => work(this.runner(tx));
    try {
      return mode === neo4j.session.READ ? await session.executeRead(unit, txConfig) : await session.executeWrite(unit, txConfig);
    } catch (error) {
      throw this.mapError(error);
    } finally {
      await session.close();
    }
  }

  private runner(tx: ManagedTransaction | Statements): QueryRunner {
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
