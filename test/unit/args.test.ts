import { parseArgs, UsageError } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads values, flags and positionals in any order', () => {
    expect(parseArgs(['--date', '2022-02-21', 'a.txt', '--json', '--title=Call'], { values: ['date', 'title'], flags: ['json'] })).toEqual({
      options: { date: '2022-02-21', json: true, title: 'Call' },
      positional: ['a.txt'],
    });
  });

  it('keeps "-" (standard input) as a positional', () => {
    expect(parseArgs(['-'], {}).positional).toEqual(['-']);
  });

  it('refuses unknown options and missing values with the option named', () => {
    expect(() => parseArgs(['--dat', 'x'], { values: ['date'] })).toThrow(new UsageError('unknown option --dat'));
    expect(() => parseArgs(['--date'], { values: ['date'] })).toThrow('--date needs a value');
    expect(() => parseArgs(['--json=yes'], { flags: ['json'] })).toThrow('--json takes no value');
  });
});
