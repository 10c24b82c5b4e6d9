/**
 * Domain errors of the graph layer. The executor maps driver errors onto these, so callers (the
 * API, the command line) can answer with a clear message and a code, never a raw driver error.
 */

export type GraphErrorCode =
  | 'SERVICE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'UNAUTHORIZED'
  | 'CONSTRAINT_VIOLATION'
  | 'NOT_FOUND'
  | 'BAD_INPUT'
  | 'QUERY_FAILED';

export class GraphError extends Error {
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/** A transient failure (a deadlock, a leader switch) that outlasted the driver's own retries. */
export function isTransient(error: unknown): boolean {
  const cause = error instanceof GraphError ? error.cause : error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('Neo.TransientError.');
}

export class DatabaseUnavailableError extends GraphError {
  constructor(
    readonly uri: string,
    cause?: unknown,
  ) {
    const detail = cause instanceof Error && cause.message ? ` (${firstLine(cause.message)})` : '';
    super(
      'SERVICE_UNAVAILABLE',
      `Neo4j is not reachable at ${uri}${detail}. Start the local one with "diplograph db start", or set NEO4J_URI to a running server.`,
      cause,
    );
    this.name = 'DatabaseUnavailableError';
  }
}

export class DatabaseAuthError extends GraphError {
  constructor(uri: string, user: string, cause?: unknown) {
    super('UNAUTHORIZED', `Neo4j at ${uri} refused the credentials of user "${user}": check NEO4J_USER and NEO4J_PASSWORD.`, cause);
    this.name = 'DatabaseAuthError';
  }
}

export class ConstraintViolationError extends GraphError {
  constructor(message: string, cause?: unknown) {
    super('CONSTRAINT_VIOLATION', message, cause);
    this.name = 'ConstraintViolationError';
  }
}

/** A transaction ran past its time limit and Neo4j ended it. */
export class QueryTimeoutError extends GraphError {
  constructor(readonly limitMs: number | undefined, cause?: unknown) {
    super('QUERY_TIMEOUT', `The query ran past its time limit${limitMs ? ` of ${limitMs} ms` : ''} and was stopped; ask for less (fewer hops, smaller pages).`, cause);
    this.name = 'QueryTimeoutError';
  }
}

/** Every connection to Neo4j is in use and none came free in time, or no turn to read came (src/graph/admission.ts). */
export class ServerBusyError extends GraphError {
  constructor(cause?: unknown, reason = 'every database connection is in use') {
    super('SERVICE_UNAVAILABLE', `The server is busy (${reason}); try again shortly.`, cause);
    this.name = 'ServerBusyError';
  }
}

export class NotFoundError extends GraphError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} "${id}" does not exist`);
    this.name = 'NotFoundError';
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 300);
}
