import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough, Readable } from 'stream';
import { runExtract } from '../../src/cli/extract';
import { UsageError } from '../../src/cli/args';

function io(stdinText = '') {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  return { io: { stdin: Readable.from([stdinText]), stdout, stderr }, out: () => out.join(''), err: () => err.join('') };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cli-'));

describe('runExtract', () => {
  it('prints one JSON document for a .txt file, dated by --date', async () => {
    const file = path.join(tmp, 'a.txt');
    fs.writeFileSync(file, 'President Emmanuel Macron visited Russia on February 7.');
    const t = io();
    expect(await runExtract(['--date', '2022-02-21', file], t.io)).toBe(0);
    const doc = JSON.parse(t.out());
    expect(doc.events[0]).toMatchObject({ relation: 'VISITED', date: '2022-02-07', source: ['person:emmanuel-macron'] });
  });

  it('prints one document per JSON line in order, each with its id; a bad line is an error line in its place', async () => {
    const file = path.join(tmp, 'b.jsonl');
    fs.writeFileSync(file, [
      JSON.stringify({ id: 'first', text: 'Russia accused Ukraine of shelling.', published: '2022-02-21T10:00:00Z' }),
      '{bad json',
      JSON.stringify({ text: '' }),
      JSON.stringify({ text: 'PK\u0003\u0004\u0000\u0000' }),
      'PK\u0003\u0004\u0000\u0000',
      '',
      JSON.stringify({ text: 'NATO warned Russia.', published: '2022-02-01' }),
    ].join('\n'));
    const t = io();
    expect(await runExtract([file], t.io)).toBe(1);
    const docs = t.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(['first', 'b:2', 'b:3', 'b:4', 'b:5', 'b:6', 'b:7']);
    expect(docs.map((d) => d.events?.[0]?.relation ?? 'error')).toEqual(['ACCUSED', 'error', 'error', 'error', 'error', 'error', 'WARNED']);
    expect(docs[1].error).toMatch(/invalid JSON/);
    expect(docs[5].error).toBe('empty line');
    expect(t.err()).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:2: invalid JSON`));
    expect(t.err()).toMatch(/:3: text: is empty/);
    expect(t.err()).toMatch(/:4: text: looks like binary data/);
    expect(t.err()).toMatch(/:5: invalid JSON/);
  });

  it('a line that fails keeps the id it names in its error line', async () => {
    const file = path.join(tmp, 'c.jsonl');
    fs.writeFileSync(file, [JSON.stringify({ id: 't6', text: '' }), JSON.stringify({ id: 7, text: 'PK\u0003\u0004\u0000\u0000' }), JSON.stringify({ id: {}, text: 'NATO warned Russia.' })].join('\n'));
    const t = io();
    expect(await runExtract([file], t.io)).toBe(1);
    const docs = t.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.id, d.error])).toEqual([['t6', 'text: is empty'], ['7', expect.stringMatching(/^text: looks like binary data/)], ['c:3', expect.stringMatching(/^id: must be a string or a number/)]]);
  });

  it('reads standard input, as JSON Lines when it starts with an object', async () => {
    const t = io(`${JSON.stringify({ text: 'NATO warned Russia.' })}\n`);
    expect(await runExtract(['-'], t.io)).toBe(0);
    expect(JSON.parse(t.out()).events[0].relation).toBe('WARNED');
    const plain = io('Kyiv is not serious.');
    expect(await runExtract([], plain.io)).toBe(0);
    expect(JSON.parse(plain.out())).toHaveProperty('entities');
  });

  it('rejects a bad --date as usage and a missing file as an error', async () => {
    await expect(runExtract(['--date', '21/02/2022', 'x.txt'], io().io)).rejects.toBeInstanceOf(UsageError);
    const t = io();
    expect(await runExtract([path.join(tmp, 'missing.txt')], t.io)).toBe(1);
    expect(t.err()).toMatch(/missing\.txt: cannot read/);
  });
});
