import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { extract } from '../../src/extract';
import { seeded } from '../../src/model/random';

/**
 * Extraction never throws and always returns: inputs recombined from corpus and PLV tune sentences
 * (shuffled, truncated at a character or after a word, joined, opened with "Today," or a dateline,
 * stripped of punctuation), each with an article date of those in DATES, read in a worker thread (test/support/extract-worker.js) while this
 * thread watches its progress: an input it is still on after STALL_MS is an endless loop, and
 * fails the test with its text. The unit suite runs EXTRACT_PROPERTY_RUNS inputs (default 3,000);
 * the acceptance run sets it to 100000.
 */
const SHARED = process.env.SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
const RUNS = Number(process.env.EXTRACT_PROPERTY_RUNS ?? 3000);
// far above the slowest real input (tens of milliseconds), with room for a loaded machine
const STALL_MS = Number(process.env.EXTRACT_STALL_MS ?? 20_000);

// the opening of the White House readout of 2021-12-06 that once crashed extraction
const FIVE_LEADERS =
  'Today, President Emmanuel Macron of France, Chancellor Angela Merkel of Germany, Prime Minister Mario Draghi of Italy, ' +
  'Prime Minister Boris Johnson of the United Kingdom, and President Joseph R. Biden, Jr. of the United States spoke about ' +
  'Russia’s military build-up on Ukraine’s borders and its increasingly harsh rhetoric. The leaders agreed.';

// article dates as callers give them: none, a day, the corpus files' date-times, and values naming no day
const DATES = [undefined, '2022-02-21', '2022-06-24T17:30:00Z', '2021-10-04 15:53:45-04:00', '2022-02-30', 'yesterday'];

function pool(): string[] {
  const out = [FIVE_LEADERS];
  for (const f of ['kremlin-2021-2022.jsonl', 'whitehouse-2021-2022.jsonl', 'ukraine-president-2021-2022.jsonl']) {
    const lines = fs.readFileSync(path.join(SHARED, 'corpus', f), 'utf8').split('\n').filter(Boolean);
    for (const l of lines.slice(0, 60)) out.push(...(JSON.parse(l).text as string).split(/(?<=[.!?])\s+/).slice(0, 12));
  }
  const plv = JSON.parse(fs.readFileSync(path.join(SHARED, 'eval/plover-plv-train.json'), 'utf8')).records;
  for (const r of plv.slice(0, 400)) out.push(r.text);
  return out.filter((s) => s.length > 0);
}

function variant(rand: () => number, sentences: string[]): string {
  const pick = () => sentences[Math.floor(rand() * sentences.length)];
  let text = pick();
  const ops = 1 + Math.floor(rand() * 3);
  for (let o = 0; o < ops; o++) {
    const op = Math.floor(rand() * 8);
    if (op === 0) text = `${text} ${pick()}`;
    else if (op === 1) text = text.slice(0, Math.floor(rand() * (text.length + 1)));
    else if (op === 2) text = text.split(/\s+/).sort(() => rand() - 0.5).join(' ');
    else if (op === 3) text = `Today, ${text}`;
    else if (op === 4) text = `WASHINGTON, Dec. 6 (Reuters) - ${text}`;
    else if (op === 5) text = text.replace(/[\p{P}]/gu, '');
    else if (op === 6) text = text.slice(Math.floor(rand() * text.length));
    // cut after a word: a sentence that stops inside a phrase ("the police in the")
    else text = text.split(/\s+/).slice(0, 1 + Math.floor(rand() * 12)).join(' ');
  }
  return text;
}

describe('extraction never throws', () => {
  it('reads the five-leader readout opening that once crashed (prevTok past the last token)', () => {
    const r = extract({ text: FIVE_LEADERS, date: '2021-12-06' });
    expect(r.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['person:emmanuel-macron', 'person:angela-merkel']));
    expect(() => extract({ text: 'The leaders agreed', date: '2021-12-06' })).not.toThrow();
  });

  it('reads a sentence cut off after "in the" behind a group or a state body (a name lookup past the last token)', () => {
    expect(() => extract({ text: 'Reportedly, the police in the' })).not.toThrow();
    expect(() => extract({ text: 'Hundreds of activists from the' })).not.toThrow();
  });

  it('reads an article date as the corpus gives it: an ISO date-time for its day, a value naming no day as no date (once "Invalid time value")', () => {
    const text = 'President Biden met with NATO Secretary General Stoltenberg yesterday.';
    // the published fields of the three corpus files
    expect(extract({ text, date: '2021-10-04 15:53:45-04:00' }).events[0]?.date).toBe('2021-10-03');
    expect(extract({ text, date: '2022-06-24T17:30:00Z' }).events[0]?.date).toBe('2022-06-23');
    // no such day: no date rather than 2022-03-01
    expect(extract({ text, date: '2022-02-30' }).events[0]?.date).toBeUndefined();
    expect(() => extract({ text, date: 'yesterday' })).not.toThrow();
  });

  it(`gives a result for ${RUNS} recombined inputs, with zero exceptions and none still running after ${STALL_MS / 1000} s`, async () => {
    const sentences = pool();
    const rand = seeded(20211206);
    const inputs = Array.from({ length: RUNS }, () => ({ text: variant(rand, sentences), date: DATES[Math.floor(rand() * DATES.length)] }));
    const failures = await inWorker(require.resolve('../../src/extract'), inputs);
    expect(failures.slice(0, 5)).toEqual([]);
  }, 900_000);

  it('the watch catches an input that never returns', async () => {
    const looping = path.join(__dirname, '../support/endless-extract.ts');
    const failures = await inWorker(looping, [{ text: 'Russia attacked Ukraine.', date: undefined }], 1_000);
    expect(failures).toEqual(['still running after 1 s :: Russia attacked Ukraine.']);
  });
});

type Input = { text: string; date: string | undefined };

/** The failures of `module`'s extract over the inputs, read in a worker; an input it stays on for `stallMs` is one (the worker is then stopped). */
function inWorker(module: string, inputs: Input[], stallMs = STALL_MS): Promise<string[]> {
  const progress = new SharedArrayBuffer(4);
  const at = new Int32Array(progress);
  const worker = new Worker(path.join(__dirname, '../support/extract-worker.js'), { workerData: { module, progress } });
  return new Promise((resolve, reject) => {
    let last = -1;
    let since = Date.now();
    const watch = setInterval(() => {
      const now = Atomics.load(at, 0);
      if (now !== last) [last, since] = [now, Date.now()];
      else if (Date.now() - since >= stallMs && now > 0) {
        clearInterval(watch);
        void worker.terminate();
        resolve([`still running after ${stallMs / 1000} s :: ${inputs[now - 1].text}`]);
      }
    }, Math.min(1_000, stallMs / 4));
    worker.once('message', (failures: string[]) => {
      clearInterval(watch);
      void worker.terminate();
      resolve(failures);
    });
    worker.once('error', (e) => {
      clearInterval(watch);
      reject(e);
    });
    worker.postMessage(inputs);
  });
}
