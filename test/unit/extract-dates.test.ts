import { addDays, findDates, normaliseDate } from '../../src/extract/dates';

describe('findDates', () => {
  it('reads "on February 7" in the article year and "20 February 2022" as given', () => {
    const d = findDates('President Emmanuel Macron visited Russia on February 7.', '2022-02-21');
    expect(d.map((x) => x.date)).toEqual(['2022-02-07']);
    expect(findDates('Moscow, 21 February 2022 (TDI)')[0].date).toBe('2022-02-21');
  });

  it('resolves relative dates against the article date and leaves them open without it', () => {
    // "on Monday" in an article of Thursday 2022-01-20 is 2022-01-17
    expect(findDates('Special Representative Heidi Grau met the President of Ukraine on Monday.', '2022-01-20')[0].date).toBe('2022-01-17');
    expect(findDates('I know that yesterday there were meetings between the ministers.', '2022-03-10')[0].date).toBe('2022-03-09');
    expect(findDates('I know that yesterday there were meetings between the ministers.')[0].date).toBeUndefined();
  });

  it('puts a December date in an early-January article into the year before', () => {
    expect(findDates('The talks of December 30 were useful.', '2022-01-05')[0].date).toBe('2021-12-30');
  });

  it('gives offsets shifted into the article', () => {
    const [d] = findDates('held on February 20.', '2022-02-21', 50);
    expect(d.start).toBe(50 + 'held on '.length);
  });
});

describe('normaliseDate and addDays', () => {
  it('normalises the corpus formats of "published"', () => {
    expect(normaliseDate('2022-02-21')).toBe('2022-02-21');
    expect(normaliseDate('2022-02-21T23:30:00+03:00')).toBe('2022-02-21');
    expect(normaliseDate('2021-10-12 14:05:00')).toBe('2021-10-12');
    expect(normaliseDate('2022-01-05T10:00:00Z')).toBe('2022-01-05');
    expect(normaliseDate('not a date')).toBeUndefined();
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
  });
});
