import { ExportEdge, ExportNode } from '../model/export';
import { escapeXml } from './xml';

/**
 * GraphML that Gephi, Cytoscape, yEd and networkx read: every attribute declared as a <key> with
 * its attr.type, a `label` on nodes and edges (the name Gephi and Cytoscape show) and a `weight`
 * on edges (the events an edge stands for), which Gephi takes as the edge weight.
 */

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double' | 'boolean';
}

export const GRAPHML_KEYS: Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'labels', for: 'node', name: 'labels', type: 'string' },
  { id: 'country', for: 'node', name: 'country', type: 'string' },
  { id: 'acronym', for: 'node', name: 'acronym', type: 'string' },
  { id: 'aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'n_events', for: 'node', name: 'events', type: 'int' },
  { id: 'relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'category', for: 'edge', name: 'category', type: 'string' },
  { id: 'date', for: 'edge', name: 'date', type: 'string' },
  { id: 'last_date', for: 'edge', name: 'last_date', type: 'string' },
  { id: 'e_events', for: 'edge', name: 'events', type: 'int' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'event_ids', for: 'edge', name: 'event_ids', type: 'string' },
];

export function graphmlHeader(description?: string): string {
  const keys = GRAPHML_KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>\n`).join('');
  const desc = description ? `  <desc>${escapeXml(description)}</desc>\n` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    desc +
    keys +
    '  <graph id="diplograph" edgedefault="directed">\n'
  );
}

export function graphmlFooter(): string {
  return '  </graph>\n</graphml>\n';
}

const data = (key: string, value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '' : `      <data key="${key}">${escapeXml(String(value))}</data>\n`;

export function graphmlNode(node: ExportNode): string {
  return (
    `    <node id="${escapeXml(node.id)}">\n` +
    data('label', node.name) +
    data('kind', node.kind) +
    data('labels', node.labels.join(';')) +
    data('country', node.country) +
    data('acronym', node.acronym) +
    data('aliases', node.aliases.join(';')) +
    data('n_events', node.events) +
    '    </node>\n'
  );
}

/** `index` numbers the edges of one document (e0, e1 ...): parallel edges of different relations need their own ids. */
export function graphmlEdge(edge: ExportEdge, index: number): string {
  return (
    `    <edge id="e${index}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">\n` +
    data('relation', edge.relation) +
    data('e_label', edge.relation) +
    data('category', edge.category) +
    data('date', edge.date) +
    data('last_date', edge.lastDate) +
    data('e_events', edge.events) +
    data('weight', Math.max(1, edge.events)) +
    data('event_ids', edge.eventIds.join(';')) +
    '    </edge>\n'
  );
}
