import { csvEdge, csvEdgeHeader, csvField, csvNode, csvNodeHeader, csvRow, EDGE_COLUMNS, NODE_COLUMNS } from '../../src/export/csv';
import { ACCUSED_MILITANTS, DPR, LEADER_OF, PUTIN } from '../support/export-fixtures';

/** A strict RFC 4180 reader, to read back what the writer wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('Vladimir Putin')).toBe('Vladimir Putin');
    expect(csvField('Donetsk People’s Republic')).toBe('Donetsk People’s Republic');
    expect(csvField('"DPR", self-proclaimed')).toBe('"""DPR"", self-proclaimed"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvRow(['a', 1, null, true])).toBe('a,1,,true\r\n');
  });

  it('writes nodes with the documented columns and reads back to the same values', () => {
    const rows = readCsv(csvNodeHeader() + csvNode(PUTIN) + csvNode(DPR));
    expect(rows[0]).toEqual([...NODE_COLUMNS]);
    expect(rows[0]).toEqual(['id', 'name', 'kind', 'labels', 'country', 'acronym', 'aliases', 'events']);
    expect(rows[1]).toEqual(['person:vladimir-putin', 'Vladimir Putin', 'Person', 'Actor;Entity;Person', 'RUS', '', 'Putin;Vladimir Vladimirovich Putin;Vladimir V. Putin', '14']);
    expect(rows[2]).toEqual(['group:donetsk-people-s-republic', 'Donetsk People’s Republic', 'Group', 'Actor;Entity;Group', 'UKR', 'DPR', 'DNR;"DPR", self-proclaimed', '0']);
  });

  it('writes edges with relation, category, dates and event count', () => {
    const rows = readCsv(csvEdgeHeader() + csvEdge(ACCUSED_MILITANTS) + csvEdge(LEADER_OF));
    expect(rows[0]).toEqual([...EDGE_COLUMNS]);
    expect(rows[1]).toEqual(['person:vladimir-putin', 'group:ukrainian-militants', 'ACCUSED', 'event', '2022-02-20', '2022-02-20', '1', 'event:e6b8a5bc89b917445d08']);
    expect(rows[2]).toEqual(['person:vladimir-putin', 'state:RUS', 'LEADER_OF', 'structural', '2012-05-07', '', '0', '']);
  });
});
