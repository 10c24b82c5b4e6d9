import { monthAxis, PositionAnswer, positionsChart, positionsSvg } from '../../web/explore/model';

const position = (name: string, stance: PositionAnswer['stance'], timeline: PositionAnswer['timeline']): PositionAnswer => ({
  object: { id: `topic:${name.replace(/\W+/g, '-')}`, name, kind: 'Topic' },
  stance,
  supporting: timeline.reduce((n, t) => n + t.supporting, 0),
  opposing: timeline.reduce((n, t) => n + t.opposing, 0),
  timeline,
});

describe('the positions chart', () => {
  it('spans every month from the first to the last, undated last', () => {
    expect(monthAxis(['2022-02', '2021-11', 'undated'])).toEqual(['2021-11', '2021-12', '2022-01', '2022-02', 'undated']);
    expect(monthAxis([])).toEqual([]);
  });

  it('puts each stance of each month in its column, sized by its events', () => {
    const chart = positionsChart([
      position('security guarantees', 'FOR', [
        { period: '2021-12', stance: 'FOR', supporting: 4, opposing: 0 },
        { period: '2022-02', stance: 'MIXED', supporting: 1, opposing: 1 },
      ]),
      position('weapons supplies', 'AGAINST', [{ period: '2022-02', stance: 'AGAINST', supporting: 0, opposing: 1 }]),
    ]);
    expect(chart.months).toEqual(['2021-12', '2022-01', '2022-02']);
    expect(chart.rows[0].cells.map((c) => [c.column, c.stance])).toEqual([[0, 'FOR'], [2, 'MIXED']]);
    expect(chart.rows[0].cells[0].radius).toBeGreaterThan(chart.rows[1].cells[0].radius);
  });

  it('draws an SVG with a label for screen readers and every name escaped', () => {
    const svg = positionsSvg([position('<script>alert(1)</script>', 'AGAINST', [{ period: '2022-02', stance: 'AGAINST', supporting: 0, opposing: 1 }])], {
      actorName: 'Vladimir Putin',
    });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="Positions of Vladimir Putin by month: &lt;script&gt;/);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('<circle');
    expect(svg).toContain('Feb 22');
  });

  it('shows at most maxRows objects and says how many it hid', () => {
    const many = Array.from({ length: 15 }, (_, i) => position(`topic ${i}`, 'FOR', [{ period: '2022-02', stance: 'FOR', supporting: 1, opposing: 0 }]));
    const chart = positionsChart(many, { maxRows: 12 });
    expect(chart.rows).toHaveLength(12);
    expect(chart.hidden).toBe(3);
  });
});
