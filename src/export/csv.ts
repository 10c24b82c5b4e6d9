import { ExportEdge, ExportNode } from '../model/export';

/**
 * CSV as RFC 4180 has it, which pandas.read_csv and R's read.csv take as they are: a header row,
 * CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF, quotes doubled inside.
 * Lists (aliases, labels, event ids) are joined with ";"; a missing value is an empty field. A text
 * cell starting with = + - @ (a spreadsheet formula) is prefixed with an apostrophe; numbers are not.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** A text cell a spreadsheet would run as a formula (CSV injection): it gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export const NODE_COLUMNS = ['id', 'name', 'kind', 'labels', 'country', 'acronym', 'aliases', 'events'] as const;
export const EDGE_COLUMNS = ['source', 'target', 'relation', 'category', 'date', 'last_date', 'events', 'event_ids'] as const;

export const csvNodeHeader = (): string => csvRow([...NODE_COLUMNS]);
export const csvEdgeHeader = (): string => csvRow([...EDGE_COLUMNS]);

export function csvNode(node: ExportNode): string {
  return csvRow([node.id, node.name, node.kind, node.labels.join(';'), node.country, node.acronym, node.aliases.join(';'), node.events]);
}

export function csvEdge(edge: ExportEdge): string {
  return csvRow([edge.source, edge.target, edge.relation, edge.category, edge.date, edge.lastDate, edge.events, edge.eventIds.join(';')]);
}
