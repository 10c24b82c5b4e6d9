import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { UsageError } from '../../src/cli/args';
import { outputPaths, parseExportArgs, passes, summaryLine } from '../../src/cli/export';

describe('diplograph export arguments', () => {
  it('reads format, dates, output and repeated actors', () => {
    expect(parseExportArgs(['--format', 'plover', '--since', '2022-02-01', '--until=2022-02-28', '--actor', 'Vladimir Putin', '--actor', 'state:UKR', '--json'])).toEqual({
      format: 'plover',
      out: undefined,
      table: undefined,
      since: '2022-02-01',
      until: '2022-02-28',
      actors: ['Vladimir Putin', 'state:UKR'],
      json: true,
      quiet: false,
    });
    expect(parseExportArgs(['--help'])).toBe('help');
  });

  it.each([
    [[], '--format is required: graphml, csv, jsonl, plover'],
    [['--format', 'gexf'], '--format must be one of graphml, csv, jsonl, plover, got "gexf"'],
    [['--format', 'jsonl', '--since', '2022-02-30'], '--since must be a date YYYY-MM-DD, got "2022-02-30"'],
    [['--format', 'jsonl', '--until', '20.02.2022'], '--until must be a date YYYY-MM-DD, got "20.02.2022"'],
    [['--format', 'jsonl', '--since', '2022-03-01', '--until', '2022-02-01'], '--since 2022-03-01 is after --until 2022-02-01'],
    [['--format', 'csv'], 'csv is two tables: give --out DIR for nodes.csv and edges.csv, or --table nodes|edges to print one'],
    [['--format', 'csv', '--table', 'events'], '--table must be nodes or edges, got "events"'],
    [['--format', 'graphml', '--table', 'nodes'], '--table is for --format csv'],
    [['--format', 'graphml', 'out.graphml'], 'unexpected argument "out.graphml" (write to a file with --out out.graphml)'],
    [['--format', 'plover', '--actor', ' '], '--actor needs an entity id or name'],
  ])('refuses %j: %s', (args, message) => {
    expect(() => parseExportArgs(args as string[])).toThrow(new UsageError(message));
  });

  it('writes csv into a directory it makes, and other formats to a file, never into a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
    const csv = parseExportArgs(['--format', 'csv', '--out', join(dir, 'new', 'tables')]);
    expect(outputPaths(csv as never)).toEqual({ nodes: join(dir, 'new', 'tables', 'nodes.csv'), edges: join(dir, 'new', 'tables', 'edges.csv') });
    expect(() => outputPaths(parseExportArgs(['--format', 'graphml', '--out', dir]) as never)).toThrow(
      `--out ${dir} is a directory; give a file name such as ${join(dir, 'diplograph.graphml')}`,
    );
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    expect(() => outputPaths(parseExportArgs(['--format', 'csv', '--out', file]) as never)).toThrow(`--out ${file} is a file; csv writes two files, so give a directory`);
    expect(outputPaths(parseExportArgs(['--format', 'plover']) as never)).toEqual({});
  });

  it('says in the summary what was written, and where', () => {
    const summary = { format: 'jsonl' as const, out: null, nodes: 17, edges: 39, events: 14, filter: { since: null, until: null, actors: null }, seconds: 0.42 };
    expect(summaryLine(summary, passes('jsonl', undefined))).toBe('exported 17 nodes, 39 edges, 14 events as jsonl to standard output in 0.4s');
    expect(summaryLine({ ...summary, format: 'plover', out: ['putin.jsonl'] }, passes('plover', undefined))).toBe('exported 14 events as plover to putin.jsonl in 0.4s');
  });
});
