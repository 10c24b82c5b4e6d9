import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { loadConfig } from '../config';
import { csvEdge, csvEdgeHeader, csvNode, csvNodeHeader } from '../export/csv';
import { graphmlEdge, graphmlFooter, graphmlHeader, graphmlNode } from '../export/graphml';
import { jsonlEdge, jsonlEvent, jsonlNode } from '../export/jsonl';
import { ploverLine } from '../export/plover';
import { ExportFilter, isFiltered } from '../model/export';
import { ExportRepository } from '../graph/export.repository';
import { parseArgs, UsageError } from './args';
import { openDatabase } from './database';
import { CliIO, printable } from './io';
import { isClosedPipe, Output } from './output';
import { ProgressBar } from './progress';

export const EXPORT_HELP = `Usage: diplograph export --format graphml|csv|jsonl|plover [options]

Writes the graph, or the part of it the filters select, for other tools. Retracted events are
left out. Output streams (any corpus size, bounded memory), to standard output unless --out.

Formats:
  graphml   the graph for Gephi, Cytoscape, yEd, networkx: entities (label, kind, country,
            events) and edges (relation, category, date, last_date, events, weight)
  csv       nodes.csv and edges.csv (RFC 4180, header row) for pandas and R; needs --out DIR,
            or --table nodes|edges to print one table
  jsonl     the whole graph as JSON Lines: one object a line per node, edge and event, with
            "type": "node" | "edge" | "event"
  plover    one PLOVER-style event record a line (POLECAT field names: event_id, event_date,
            event_type, event_mode, event_text, actor_name, actor_country, recipient_name, ...)

Edges: an event edge stands for every exported event of one relation from one entity to
another (events counts them, date and last_date bound them); structural edges (LEADER_OF,
MEMBER_OF, PARTY_TO, PART_OF, NEGOTIATED_IN, LOCATED_IN, IN_PROCESS) come from reference
knowledge, and, when filtered, only between entities the exported events name.

Options:
  --format F          graphml, csv, jsonl or plover (required)
  --out PATH          a FILE (a DIR for csv, made if missing); written as PATH.partial and
                      renamed when complete; default: standard output
  --since YYYY-MM-DD  events on or after this date
  --until YYYY-MM-DD  events on or before this date
  --actor ID|NAME     events where this entity (an id such as person:vladimir-putin, or an
                      exact name) is actor or target; repeat for several (any of them)
  --table nodes|edges for csv on standard output: which table
  --json              print the summary as JSON
  --quiet             no progress bar and no summary

Unfiltered, every entity is a node; filtered, the entities the selected events name are.
The summary (nodes, edges, events, seconds) goes to standard output when --out is given, to
standard error otherwise; the progress bar is on standard error, on a terminal only.

Exit status: 0 done, 1 failed (Neo4j unreachable, cannot write), 2 wrong usage (also an
--actor that names no entity).

Examples:
  diplograph export --format graphml --out diplograph.graphml
  diplograph export --format csv --out export/ --since 2022-01-01 --until 2022-02-28
  diplograph export --format plover --actor "Vladimir Putin" > putin.jsonl
  diplograph export --format jsonl | gzip > graph.jsonl.gz
`;

export const FORMATS = ['graphml', 'csv', 'jsonl', 'plover'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface ExportRequest {
  format: ExportFormat;
  out: string | undefined;
  table: 'nodes' | 'edges' | undefined;
  since: string | null;
  until: string | null;
  actors: string[];
  json: boolean;
  quiet: boolean;
}

export interface ExportSummary {
  format: ExportFormat;
  out: string[] | null;
  nodes: number;
  edges: number;
  events: number;
  filter: { since: string | null; until: string | null; actors: string[] | null };
  seconds: number;
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The command line to a request, or a UsageError that says what to change. */
export function parseExportArgs(args: string[]): ExportRequest | 'help' {
  const { options, positional, lists } = parseArgs(args, {
    values: ['format', 'out', 'since', 'until', 'table'],
    repeatable: ['actor'],
    flags: ['json', 'quiet'],
  });
  if (options.help) return 'help';
  if (positional.length > 0) throw new UsageError(`unexpected argument "${positional[0]}" (write to a file with --out ${positional[0]})`);
  const format = options.format;
  if (format === undefined) throw new UsageError(`--format is required: ${FORMATS.join(', ')}`);
  if (!FORMATS.includes(format as ExportFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  const date = (name: 'since' | 'until'): string | null => {
    const value = options[name];
    if (value === undefined) return null;
    if (typeof value !== 'string' || !isDate(value)) throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${value}"`);
    return value;
  };
  const since = date('since');
  const until = date('until');
  if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
  const table = options.table;
  if (table !== undefined) {
    if (format !== 'csv') throw new UsageError('--table is for --format csv');
    if (table !== 'nodes' && table !== 'edges') throw new UsageError(`--table must be nodes or edges, got "${table}"`);
  }
  const out = typeof options.out === 'string' ? options.out : undefined;
  if (format === 'csv' && out === undefined && table === undefined) {
    throw new UsageError('csv is two tables: give --out DIR for nodes.csv and edges.csv, or --table nodes|edges to print one');
  }
  const actors = (lists?.actor ?? []).map((a) => a.trim());
  if (actors.some((a) => a === '')) throw new UsageError('--actor needs an entity id or name');
  return { format: format as ExportFormat, out, table, since, until, actors, json: options.json === true, quiet: options.quiet === true };
}

/** The files a request writes, checked before anything is read from the graph. */
export function outputPaths(request: ExportRequest): { nodes?: string; edges?: string; file?: string } {
  const { out, format, table } = request;
  if (out === undefined) return {};
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(out);
  } catch {
    existing = undefined;
  }
  if (format === 'csv' && table === undefined) {
    if (existing && !existing.isDirectory()) throw new UsageError(`--out ${out} is a file; csv writes two files, so give a directory`);
    try {
      mkdirSync(out, { recursive: true });
    } catch (error) {
      throw new ExportError(`cannot make the directory ${out}: ${(error as Error).message}`);
    }
    return { nodes: join(out, 'nodes.csv'), edges: join(out, 'edges.csv') };
  }
  if (existing?.isDirectory()) throw new UsageError(`--out ${out} is a directory; give a file name such as ${join(out, `diplograph.${extension(request)}`)}`);
  return { file: out };
}

const extension = (r: ExportRequest): string => (r.format === 'plover' ? 'plover.jsonl' : r.format);

export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

export async function runExport(args: string[], io: CliIO): Promise<number> {
  const request = parseExportArgs(args);
  if (request === 'help') {
    io.stdout.write(EXPORT_HELP);
    return 0;
  }
  let paths: ReturnType<typeof outputPaths>;
  try {
    paths = outputPaths(request);
  } catch (error) {
    if (error instanceof ExportError) {
      io.stderr.write(`${printable(`diplograph export: ${error.message}`)}\n`);
      return 1;
    }
    throw error;
  }
  const config = loadConfig();
  const db = await openDatabase(config, { startLocal: false, log: (l) => io.stderr.write(`${l}\n`) });
  const outputs: Output[] = [];
  const began = Date.now();
  const bar = new ProgressBar(io.stderr, 'export', request.format === 'plover' ? 'events' : 'records');
  try {
    // Fails at once when Neo4j is not there (a read would be retried for seconds first).
    await db.executor.serverInfo();
    const repository = new ExportRepository(db.executor);
    const filter: ExportFilter = { since: request.since, until: request.until, actors: await resolveActors(repository, request.actors) };
    const open = (path: string | undefined): Output => {
      const output = path === undefined ? Output.toStream(io.stdout) : Output.toFile(path);
      outputs.push(output);
      return output;
    };
    const plan = passes(request.format, request.table);
    const total = !request.quiet && bar.enabled ? await rowsToWrite(repository, filter, plan) : 0;
    let done = 0;
    const progress = (n: number) => {
      done += n;
      if (!request.quiet) bar.update(done, total);
    };
    const counted = await writeRecords({ request, paths, repository, filter, open, progress });
    for (const output of outputs) await output.finish();
    bar.done();
    if (!request.quiet) reportSummary(io, request, plan, { outputs, counted, filter, began });
    return 0;
  } catch (error) {
    bar.done();
    for (const output of outputs) await output.abandon().catch(() => undefined);
    return exportFailure(error, io, request);
  } finally {
    await db.close();
  }
}

/** How many rows the export's passes write (for the progress bar). */
async function rowsToWrite(repository: ExportRepository, filter: ExportFilter, plan: ReturnType<typeof passes>): Promise<number> {
  const counts = await repository.counts(filter);
  const nodeRows = isFiltered(filter) ? counts.named : counts.entities;
  return (plan.nodes ? nodeRows : 0) + (plan.edges ? counts.entities : 0) + (plan.events ? counts.events : 0);
}

/** What one export writes with: the request, its output paths, the graph, and how to open an output and report progress. */
interface ExportRun {
  request: ExportRequest;
  paths: ReturnType<typeof outputPaths>;
  repository: ExportRepository;
  filter: ExportFilter;
  open: (path: string | undefined) => Output;
  progress: (n: number) => void;
}

type Counted = { nodes: number; edges: number; events: number };

/** Writes the records of the request's format; how many of each. */
async function writeRecords(run: ExportRun): Promise<Counted> {
  const { request, paths, repository, filter, open, progress } = run;
  const counted: Counted = { nodes: 0, edges: 0, events: 0 };
  switch (request.format) {
    case 'graphml': {
      const out = open(paths.file);
      await out.write(graphmlHeader(describe(filter)));
      counted.nodes = await writeEach(out, repository.nodes(filter, progress), graphmlNode);
      counted.edges = await writeEach(out, repository.edges(filter, progress), graphmlEdge);
      await out.write(graphmlFooter());
      break;
    }
    case 'csv':
      if (request.table !== 'edges') {
        const out = open(paths.nodes ?? paths.file);
        await out.write(csvNodeHeader());
        counted.nodes = await writeEach(out, repository.nodes(filter, progress), csvNode);
        await out.finish();
      }
      if (request.table !== 'nodes') {
        const out = open(paths.edges ?? paths.file);
        await out.write(csvEdgeHeader());
        counted.edges = await writeEach(out, repository.edges(filter, progress), csvEdge);
      }
      break;
    case 'jsonl': {
      const out = open(paths.file);
      counted.nodes = await writeEach(out, repository.nodes(filter, progress), jsonlNode);
      counted.edges = await writeEach(out, repository.edges(filter, progress), jsonlEdge);
      counted.events = await writeEach(out, repository.events(filter, progress), jsonlEvent);
      break;
    }
    case 'plover':
      counted.events = await writeEach(open(paths.file), repository.events(filter, progress), ploverLine);
      break;
  }
  return counted;
}

/** Writes each row as `render` gives it (with its index); how many. */
async function writeEach<T>(out: Output, rows: AsyncIterable<T>, render: (row: T, index: number) => string): Promise<number> {
  let n = 0;
  for await (const row of rows) await out.write(render(row, n++));
  return n;
}

/** The closing summary: on stderr when the records went to standard output, else on stdout. */
function reportSummary(
  io: CliIO,
  request: ExportRequest,
  plan: ReturnType<typeof passes>,
  run: { outputs: Output[]; counted: Counted; filter: ExportFilter; began: number },
): void {
  const { outputs, counted, filter, began } = run;
  const summary: ExportSummary = {
    format: request.format,
    out: request.out === undefined ? null : outputs.map((o) => o.path ?? '-'),
    ...counted,
    filter: { since: filter.since, until: filter.until, actors: filter.actors },
    seconds: Math.round((Date.now() - began) / 100) / 10,
  };
  const line = request.json ? JSON.stringify(summary) : summaryLine(summary, plan);
  (request.out === undefined ? io.stderr : io.stdout).write(`${line}\n`);
}

/** The exit code of a failed export, its reason on stderr: a closed pipe is no failure; an unknown error is thrown on. */
function exportFailure(error: unknown, io: CliIO, request: ExportRequest): number {
  if (isClosedPipe(error)) return 0;
  if (error instanceof ExportError) {
    io.stderr.write(`${printable(`diplograph export: ${error.message}`)}\n`);
    return 1;
  }
  if ((error as NodeJS.ErrnoException).code && (error as NodeJS.ErrnoException).syscall) {
    const e = error as NodeJS.ErrnoException;
    io.stderr.write(`diplograph export: cannot write ${e.path ?? request.out ?? 'the output'}: ${e.code}\n`);
    return 1;
  }
  throw error;
}

export function passes(format: ExportFormat, table: 'nodes' | 'edges' | undefined): { nodes: boolean; edges: boolean; events: boolean } {
  switch (format) {
    case 'graphml':
      return { nodes: true, edges: true, events: false };
    case 'csv':
      return { nodes: table !== 'edges', edges: table !== 'nodes', events: false };
    case 'jsonl':
      return { nodes: true, edges: true, events: true };
    case 'plover':
      return { nodes: false, edges: false, events: true };
  }
}

/** Each --actor value to entity ids; a value that names no entity is a usage error with suggestions. */
async function resolveActors(repository: ExportRepository, keys: string[]): Promise<string[] | null> {
  if (keys.length === 0) return null;
  const found = await repository.resolveActors(keys);
  const missing = found.find((f) => f.matches.length === 0);
  if (missing) {
    const hint = missing.suggestions.length
      ? ` (did you mean ${missing.suggestions.map((s) => `"${s.name}", ${s.id}`).join('; or ')})`
      : ' (give an entity id such as person:vladimir-putin, or its exact name)';
    throw new UsageError(`--actor "${missing.key}" names no entity${hint}`);
  }
  return [...new Set(found.flatMap((f) => f.matches.map((m) => m.id)))];
}

function describe(filter: ExportFilter): string {
  const parts = ['diplograph export'];
  if (filter.since) parts.push(`since ${filter.since}`);
  if (filter.until) parts.push(`until ${filter.until}`);
  if (filter.actors) parts.push(`actors ${filter.actors.join(', ')}`);
  return parts.join('; ');
}

export function summaryLine(s: ExportSummary, plan: { nodes: boolean; edges: boolean; events: boolean }): string {
  const what = [plan.nodes ? `${s.nodes} nodes` : '', plan.edges ? `${s.edges} edges` : '', plan.events ? `${s.events} events` : ''].filter(Boolean).join(', ');
  return `exported ${what} as ${s.format} to ${s.out ? s.out.join(' and ') : 'standard output'} in ${s.seconds.toFixed(1)}s`;
}
