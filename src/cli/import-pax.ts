import { readFile } from 'node:fs/promises';

import { loadConfig } from '../config';
import { migrate } from '../graph/migrate';
import { PaxRepository } from '../graph/pax.repository';
import { parsePax, PaxFormatError } from '../ingest/pax';
import { parseArgs, UsageError } from './args';
import { openDatabase } from './database';
import { CliIO, printable } from './io';
import { ProgressBar } from './progress';

export const IMPORT_PAX_HELP = `Usage: diplograph import-pax [--json] FILE

Loads a PA-X Peace Agreements Database export (CSV, one agreement a row): an Agreement per row
with its PA-X id, name, date, status, type and stage, its peace process, and the states of
Loc1ISO/Loc2ISO. Agreements the reference knowledge has (Minsk Protocol, Minsk II, ...) are
matched by PA-X id and enriched, not copied. Loading twice changes nothing. A bad row is
reported with its line number; the other rows still go in.

Options:
  --json   print the summary as JSON: {"file", "rows", "loaded", "created", "failed"}

Exit status: 0 every row loaded, 1 a row failed or the file cannot be read, 2 wrong usage.

Example:
  diplograph import-pax ../shared/data/pax_all_agreements_data_v6.csv
`;

export async function runImportPax(args: string[], io: CliIO): Promise<number> {
  const { options, positional } = parseArgs(args, { flags: ['json'] });
  if (options.help) {
    io.stdout.write(IMPORT_PAX_HELP);
    return 0;
  }
  if (positional.length !== 1) throw new UsageError('name one PA-X CSV file');
  const file = positional[0];
  let csv: string;
  try {
    csv = await readFile(file, 'utf8');
  } catch (error) {
    io.stderr.write(`diplograph import-pax: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  let parsed;
  try {
    parsed = parsePax(csv);
  } catch (error) {
    if (error instanceof PaxFormatError) {
      io.stderr.write(`${printable(`diplograph import-pax: ${file}: ${error.message}`)}\n`);
      return 1;
    }
    throw error;
  }
  for (const e of parsed.errors) io.stderr.write(`${printable(`${file}:${e.line}: ${e.message}`)}\n`);

  const db = await openDatabase(loadConfig(), { startLocal: false, log: (l) => io.stderr.write(`${l}\n`) });
  const bar = new ProgressBar(io.stderr, 'import-pax', 'agreements');
  try {
    await migrate(db.executor);
    const report = await new PaxRepository(db.executor).load(parsed.agreements, (done) => bar.update(done, parsed.agreements.length, true));
    bar.done();
    const summary = { file, rows: parsed.agreements.length + parsed.errors.length, loaded: report.agreements, created: report.created, failed: parsed.errors.length };
    io.stdout.write(
      options.json
        ? `${JSON.stringify(summary)}\n`
        : `PA-X: ${summary.loaded} agreements loaded (${summary.created} new), ${summary.failed} rows failed\n`,
    );
    return parsed.errors.length > 0 ? 1 : 0;
  } finally {
    bar.done();
    await db.close();
  }
}
