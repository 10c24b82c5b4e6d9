import { PassThrough, Readable } from 'node:stream';

import { main } from '../../src/cli/main';

async function run(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(args, { stdin: Readable.from([]), stdout, stderr });
  return { code, out, err };
}

const COMMANDS = ['extract', 'ingest', 'serve', 'migrate', 'db', 'import-pax', 'export'];

describe('diplograph --help', () => {
  it('lists every command and documents the exit codes', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(out).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(out).toMatch(/^Exit codes:\n  0 +done\n  1 +failed/m);
    expect(out).toMatch(/^  2 +wrong usage/m);
    expect(out).toMatch(/^  3 +db status/m);
    expect(out).toContain('Examples:');
  });

  it.each(COMMANDS)('%s --help gives its usage, options, exit status and an example, exit 0', async (command) => {
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const { code, out, err } = await run(args);
      expect([code, err]).toEqual([0, '']);
      expect(out).toMatch(new RegExp(`^Usage: diplograph ${command}`));
      expect(out).toMatch(/^Options:\n {2}--/m);
      expect(out).toMatch(/^Exit status: 0/m);
      expect(out).toMatch(new RegExp(`^Examples?:\\n {2}(\\S+=\\S+ )*diplograph ${command}`, 'm'));
    }
  });

  it('names an unknown command in one line, with the commands there are, exit 2', async () => {
    const { code, err } = await run(['exprt']);
    expect(code).toBe(2);
    expect(err).toBe('diplograph: unknown command "exprt"; the commands are extract, ingest, import-pax, serve, migrate, db, keys, export (see "diplograph --help")\n');
  });

  it('answers a wrong option in one line that points to the command help, exit 2', async () => {
    const { code, err } = await run(['export', '--format', 'gexf']);
    expect(code).toBe(2);
    expect(err).toBe('diplograph export: --format must be one of graphml, csv, jsonl, plover, got "gexf"; see "diplograph export --help"\n');
    expect((await run(['migrate', '--jsn'])).err).toBe('diplograph migrate: unknown option --jsn; see "diplograph migrate --help"\n');
    expect((await run(['db', 'restart'])).err).toBe('diplograph db: unknown action "restart"; use start, stop or status; see "diplograph db --help"\n');
  });
});
