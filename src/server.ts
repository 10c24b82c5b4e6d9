import 'reflect-metadata';

import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

import { ApolloArmor } from '@escape.tech/graphql-armor';

import { ArticleExtractor, ArticleIngestService } from './api/article-ingest.service';
import { Authenticator, readAccessPlugin } from './api/auth';
import { ExtractPool } from './ingest/extract-pool';
import { Container } from './api/container';
import { ApiContext, createApiContext } from './api/context';
import { EXPLORE_ASSET_PREFIX, EXPLORE_CSP, EXPLORE_PATH, explorerAsset, explorerHtml } from './api/explorer';
import { beforeExecutionError, makeFormatError } from './api/format-error';
import { ASSET_PREFIX, exampleTabs, playgroundAsset, playgroundCsp, playgroundHtml } from './api/graphiql';
import { costLimitPlugin, depthLimitRule } from './api/limits';
import { cleanTextInputPlugin } from './api/text-input.plugin';
import { buildApiSchema } from './api/schema';
import { defaultSecurity, SecurityConfig } from './config';
import { ArticleRepository } from './graph/article.repository';
import { Admission } from './graph/admission';
import { AuditRepository } from './graph/audit.repository';
import { KeyRepository } from './graph/key.repository';
import { CurationRepository } from './graph/curation.repository';
import { EntityRepository } from './graph/entity.repository';
import { EventRepository } from './graph/event.repository';
import { GraphError } from './graph/errors';
import { Executor } from './graph/executor';
import { extractArticle } from './ingest/extractor';
import { NetworkRepository } from './graph/network.repository';
import { PositionRepository } from './graph/position.repository';
import { ReadRepository } from './graph/read.repository';
import { SystemRepository } from './graph/system.repository';

export interface AppOptions {
  executor: Executor;
  host?: string;
  port?: number;
  log?: (message: string, context?: Record<string, unknown>) => void;
  /** who may do what and what a request may cost; by default the defaults of docs/security.md */
  security?: SecurityConfig;
  /** how ingestArticle extracts; by default a worker pool of security.extractWorkers threads */
  extractor?: ArticleExtractor;
}

export interface RunningApp {
  url: string;
  port: number;
  apollo: ApolloServer<ApiContext>;
  http: Server;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 25 * 1024 * 1024;
/** A GraphQL document longer than this is refused before it is parsed (article text goes in variables). */
export const MAX_QUERY_CHARS = 50_000;
/** Caps applied before execution (graphql-armor): aliases, tokens and directives of one document. */
export const MAX_ALIASES = 15;
export const MAX_TOKENS = 5_000;
export const MAX_DIRECTIVES = 50;

/** Security headers of every answer; HTML pages add their own Content-Security-Policy. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** The dependency container: every repository over the one executor. */
export function buildContainer(executor: Executor, extractor: ArticleExtractor = extractArticle): Container {
  const audit = new AuditRepository(executor);
  return new Container()
    .register(AuditRepository, audit)
    .register(KeyRepository, new KeyRepository(executor))
    .register(Executor, executor)
    .register(SystemRepository, new SystemRepository(executor))
    .register(EntityRepository, new EntityRepository(executor))
    .register(EventRepository, new EventRepository(executor))
    .register(ReadRepository, new ReadRepository(executor))
    .register(PositionRepository, new PositionRepository(executor))
    .register(NetworkRepository, new NetworkRepository(executor))
    .register(CurationRepository, new CurationRepository(executor))
    .register(ArticleIngestService, new ArticleIngestService(new ArticleRepository(executor), extractor, audit));
}

/** Wires the GraphQL server: type-graphql schema, Apollo Server, a plain Node HTTP server. */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const log = options.log ?? ((message, context) => console.error(message, context ?? ''));
  const security = options.security ?? defaultSecurity();
  const admission = new Admission({ running: security.readConcurrency, queue: security.readQueue, waitMs: security.readQueueWaitMs });
  options.executor.limits = { ...options.executor.limits, readTimeoutMs: security.queryTimeoutMs, admission };
  const pool = options.extractor ? undefined : new ExtractPool({ workers: security.extractWorkers, queue: security.extractQueue, timeoutMs: security.extractTimeoutMs });
  const container = buildContainer(options.executor, options.extractor ?? pool!.extract);
  const authenticator = new Authenticator(container.get(KeyRepository), security.jwt);
  const schema = buildApiSchema(container);
  const armor = new ApolloArmor({
    maxAliases: { n: MAX_ALIASES },
    // tokens are capped by the parser itself (parseOptions below): a parse error is a 400, armor's plugin a 500
    maxTokens: { enabled: false },
    maxDirectives: { n: MAX_DIRECTIVES },
    // depth and cost are ours (src/api/limits.ts): they know the resolvers' weights
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !security.introspection },
  }).protect();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: security.introspection,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    // The command stops the server on SIGINT and SIGTERM itself, then the Neo4j it started; Apollo's
    // own handlers would re-raise the signal and end the process before that.
    stopOnTerminationSignals: false,
    formatError: makeFormatError(log),
    validationRules: [depthLimitRule(), ...armor.validationRules],
    // The playground is our own GraphiQL (served from npm packages); Apollo's landing page loads from a CDN.
    // No HTTP cache hints are given, so Apollo's cache-control plugin (on by default) would only wrap every field's resolver.
    plugins: [costLimitPlugin(), cleanTextInputPlugin(), readAccessPlugin(security.readAccess), ...(armor.plugins as never[]), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const hosts = allowedHosts(security, options.host ?? '127.0.0.1');
  const server: RequestContext = { apollo, container, authenticator, hosts };
  await warmUp(server);

  const http = createServer((req, res) => {
    handle(server, req, res).catch((error) => {
      log('request failed', { url: req.url, error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ errors: [{ message: 'Internal server error' }] }));
      else res.end();
    });
  });
  // Longer than a client's idle keep-alive (undici: 4 s), so the client closes an idle connection
  // first: with Node's 5 s, a request sent as the server's timer fired (late, after a busy moment)
  // met a closed socket ("fetch failed").
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  try {
    await listen(http, options.port ?? 4000, options.host ?? '127.0.0.1');
  } catch (error) {
    // A port in use (EADDRINUSE) or not ours to take: nothing may be left running behind the error.
    await apollo.stop();
    await pool?.close();
    throw error;
  }
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/graphql`,
    port: address.port,
    apollo,
    http,
    async stop() {
      http.closeAllConnections?.();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await apollo.stop();
      await pool?.close();
    },
  };
}

/** What a warm-up may take before the server listens anyway. */
const WARM_UP_MS = 5_000;

/**
 * Runs the example operations, `health` and one refused document before the server listens, so
 * that the first requests find the code compiled and their statements built: cold, each of the
 * first answers held the event loop 0.1 to 0.4 s, several at once over a second. Answers and
 * errors are dropped (an empty graph warms as well).
 */
async function warmUp({ apollo, container, authenticator }: RequestContext): Promise<void> {
  const principal = await authenticator.principal(undefined).catch(() => null);
  const executor = container.get(Executor);
  const queries = exampleTabs().map((tab) => tab.query).filter((query) => !/(^|\n)mutation\s/.test(query));
  const began = performance.now();
  for (const query of [...queries, '{ health { neo4j } }', '{ entity(id: 1) { unknownField } }']) {
    if (performance.now() - began > WARM_UP_MS) return;
    await executor.withReadScope(() => apollo.executeOperation({ query }, { contextValue: createApiContext(container, principal) })).catch(() => undefined);
  }
}

function listen(http: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
}

interface RequestContext {
  apollo: ApolloServer<ApiContext>;
  container: Container;
  authenticator: Authenticator;
  hosts: Set<string>;
}

/** Host names the server answers to: loopback, the listen host, and ALLOWED_HOSTS (a DNS-rebinding guard). */
function allowedHosts(security: SecurityConfig, listenHost: string): Set<string> {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]', ...security.allowedHosts]);
  if (!['0.0.0.0', '::', ''].includes(listenHost)) hosts.add(listenHost.includes(':') ? `[${listenHost}]` : listenHost.toLowerCase());
  return hosts;
}

function hostAllowed(header: string | undefined, hosts: Set<string>): boolean {
  if (!header) return false;
  const name = header.trim().toLowerCase().replace(/:\d+$/, '');
  return hosts.has(name) || hosts.has('*');
}

async function handle({ apollo, container, authenticator, hosts }: RequestContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
  if (!hostAllowed(req.headers.host, hosts)) {
    send(res, 421, 'text/plain', 'This server does not answer to that Host name; add it to ALLOWED_HOSTS.\n');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/' ) {
    res.writeHead(302, { location: '/graphql' });
    res.end();
    return;
  }
  if (servePlayground(url, req, res)) return;
  if (serveExplorer(url, req, res)) return;
  if (url.pathname !== '/graphql') {
    send(res, 404, 'text/plain', `Not found: ${url.pathname}. The GraphQL API is at /graphql, GraphiQL at /playground, the graph explorer at /explore.\n`);
    return;
  }
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const raw = await readBody(req);
    if (raw === undefined) {
      send(res, 413, 'application/json', JSON.stringify({ errors: [{ message: `request body over ${MAX_BODY_BYTES} bytes` }] }));
      return;
    }
    try {
      body = raw.length ? JSON.parse(raw) : undefined;
    } catch {
      send(res, 400, 'application/json', JSON.stringify({ errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }));
      return;
    }
  }
  const query = (body as { query?: unknown } | undefined)?.query ?? url.searchParams.get('query');
  if (typeof query === 'string' && query.length > MAX_QUERY_CHARS) {
    const message = `the GraphQL document is ${query.length} characters; the limit is ${MAX_QUERY_CHARS} (send large values as variables)`;
    send(res, 413, 'application/json', JSON.stringify({ errors: [{ message, extensions: { code: 'DOCUMENT_TOO_LARGE' } }] }));
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const executor = container.get(Executor);
  // Who asks is looked up outside the request's read transaction: a mutation that works long before
  // it writes (ingestArticle's extraction) then holds no read transaction, and no turn to read, meanwhile.
  const asking = authenticator.principal(req.headers.authorization).then(
    (principal) => ({ principal }),
    (error: unknown) => ({ error }),
  );
  const response = await executor.withReadScope(async () =>
    apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: async () => {
        const who = await asking;
        if ('error' in who) throw who.error instanceof GraphError ? beforeExecutionError(who.error) : who.error;
        return createApiContext(container, who.principal);
      },
    }),
  );
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * GraphiQL at /playground, and at /graphql for a browser (a GET that accepts HTML and carries no
 * query); its scripts and styles from a fixed list of npm files under /playground/assets/.
 */
function servePlayground(url: URL, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const asset = playgroundAsset(url.pathname.slice(ASSET_PREFIX.length));
    if (!asset) send(res, 404, 'text/plain', `Not found: ${url.pathname}\n`);
    else {
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
      res.end(req.method === 'HEAD' ? undefined : asset.body);
    }
    return true;
  }
  const browser = url.pathname === '/graphql' && !url.searchParams.has('query') && /text\/html/.test(String(req.headers.accept ?? ''));
  if (url.pathname === '/playground' || browser) {
    const nonce = randomBytes(16).toString('base64');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': playgroundCsp(nonce) });
    res.end(req.method === 'HEAD' ? undefined : playgroundHtml('/graphql', nonce));
    return true;
  }
  return false;
}

/** The graph explorer at /explore, its files under /explore/assets/ (web/explore/ and cytoscape from npm). */
function serveExplorer(url: URL, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (url.pathname.startsWith(EXPLORE_ASSET_PREFIX)) {
    const asset = explorerAsset(url.pathname.slice(EXPLORE_ASSET_PREFIX.length));
    if (!asset) send(res, 404, 'text/plain', `Not found: ${url.pathname}\n`);
    else {
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': asset.cacheControl, 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : asset.body);
    }
    return true;
  }
  if (url.pathname === EXPLORE_PATH || url.pathname === `${EXPLORE_PATH}/`) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': EXPLORE_CSP });
    res.end(req.method === 'HEAD' ? undefined : explorerHtml());
    return true;
  }
  return false;
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}
