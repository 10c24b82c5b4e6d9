import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

import { DatabaseUnavailableError, GraphError } from '../graph/errors';

export type ErrorLogger = (message: string, context: Record<string, unknown>) => void;

const GRAPH_CODES: Record<string, string> = {
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  UNAUTHORIZED: 'SERVICE_UNAVAILABLE',
  NOT_FOUND: 'NOT_FOUND',
  BAD_INPUT: 'BAD_USER_INPUT',
  CONSTRAINT_VIOLATION: 'BAD_USER_INPUT',
};

/**
 * Coded errors pass through to clients; validation failures become BAD_USER_INPUT naming the
 * field; anything else is masked and logged with its context.
 */
export function makeFormatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors as unknown as Array<{ property: string; constraints?: Record<string, string>; children?: unknown[] }>;
      const problems = flattenValidation(fields);
      return {
        message: `Invalid input: ${problems.map((p) => `${p.field}: ${p.problem}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', fields: problems },
      };
    }
    if (original instanceof GraphError) {
      const code = GRAPH_CODES[original.code];
      if (code) return { message: clientMessage(original), locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
      return withoutStacktrace(formatted);
    }
    log('internal error while answering a request', {
      path: formatted.path,
      error: original instanceof Error ? original.stack ?? original.message : String(original),
    });
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * A graph error before execution (looking up the caller's key while the database is busy): the
 * code and message a resolver's would get, and like theirs an HTTP 200, not Apollo's 500 for a
 * failed context.
 */
export function beforeExecutionError(error: GraphError): GraphQLError {
  return new GraphQLError(clientMessage(error), { extensions: { code: GRAPH_CODES[error.code] ?? 'SERVICE_UNAVAILABLE', http: { status: 200 } } });
}

/** What a client may read of a graph error: never the database's address or user (they go to the log). */
function clientMessage(error: GraphError): string {
  if (error instanceof DatabaseUnavailableError || error.code === 'UNAUTHORIZED') return 'The database is unavailable; try again later.';
  return error.message;
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

interface ValidationNode {
  property: string;
  constraints?: Record<string, string>;
  children?: unknown[];
}

function flattenValidation(nodes: ValidationNode[], prefix = ''): Array<{ field: string; problem: string }> {
  const out: Array<{ field: string; problem: string }> = [];
  for (const node of nodes ?? []) {
    const field = prefix ? `${prefix}.${node.property}` : node.property;
    for (const problem of Object.values(node.constraints ?? {})) out.push({ field, problem });
    out.push(...flattenValidation((node.children ?? []) as ValidationNode[], field));
  }
  return out;
}
