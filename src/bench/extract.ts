import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { extract } from '../extract';
import * as local from '../localdb/local-neo4j';

type Extract = typeof extract;

/**
 * `npm run bench:extract`: what `diplograph extract` does per line (parse the JSON line, extract,
 * print the JSON) over the three corpus files (../shared/corpus/*-2021-2022.jsonl), in CPU
 * seconds of this process, so other load on the machine does not count. With a baseline build
 * (`scripts/bench-extract-baseline.sh REV` compiles revision REV into .bench/baseline/dist), the
 * baseline and the current code run interleaved in the same process, round by round.
 *
 *   npm run bench:extract            (BENCH_ROUNDS=2, SHARED_DIR=../shared)
 *
 * Both builds share the tagger's npm package, so the second one of a round meets its code and
 * word cache warm: BENCH_BASELINE=0 runs the current code alone, for its cold round as a user's
 * single `diplograph extract` run meets it.
 */
function lines(shared: string): string[] {
  const files = ['kremlin-2021-2022.jsonl', 'ukraine-president-2021-2022.jsonl', 'whitehouse-2021-2022.jsonl'];
  return files.flatMap((f) => readFileSync(join(shared, 'corpus', f), 'utf8').split('\n').filter((l) => l.trim()));
}

function run(fn: Extract, input: string[]): { cpu: number; bytes: number; events: number } {
  const t0 = process.cpuUsage();
  let bytes = 0;
  let events = 0;
  let out = 0;
  for (const line of input) {
    bytes += Buffer.byteLength(line, 'utf8');
    const a = JSON.parse(line);
    const r = fn({ text: a.text, date: typeof a.published === 'string' ? a.published.slice(0, 10) : undefined, title: a.title, publisher: typeof a.publisher === 'string' ? a.publisher : undefined });
    events += r.events.length;
    out += JSON.stringify({ id: a.id, ...r }).length;
  }
  const d = process.cpuUsage(t0);
  if (out < 0) console.log(out);
  return { cpu: (d.user + d.system) / 1e6, bytes, events };
}

function main(): void {
  const shared = process.env.SHARED_DIR ?? resolve(local.PROJECT_ROOT, '..', 'shared');
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  const input = lines(shared);
  const baselineDir = resolve(local.PROJECT_ROOT, '.bench/baseline/dist/extract/index.js');
  const impls: [string, Extract][] = [];
  if (existsSync(baselineDir) && process.env.BENCH_BASELINE !== '0') impls.push(['baseline', require(baselineDir).extract as Extract]);
  impls.push(['current', extract]);
  console.log(`${input.length} corpus lines, ${(input.reduce((a, l) => a + Buffer.byteLength(l), 0) / 1e6).toFixed(2)} MB of JSON Lines; ${rounds} rounds`);
  for (let r = 1; r <= rounds; r++) {
    for (const [name, fn] of impls) {
      const m = run(fn, input);
      console.log(`round ${r} ${name.padEnd(8)} ${m.cpu.toFixed(2)} CPU s  ${(m.bytes / 1e6 / m.cpu).toFixed(2)} MB/s per core  ${m.events} events`);
    }
  }
}

main();
