import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { graphmlEdge, graphmlFooter, graphmlHeader, graphmlNode, GRAPHML_KEYS } from '../../src/export/graphml';
import { escapeXml } from '../../src/export/xml';
import { ACCUSED_MILITANTS, DPR, LEADER_OF, PUTIN } from '../support/export-fixtures';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name) });

function document(): string {
  return graphmlHeader('diplograph export; actors person:vladimir-putin & co') + graphmlNode(PUTIN) + graphmlNode(DPR) + graphmlEdge(ACCUSED_MILITANTS, 0) + graphmlEdge(LEADER_OF, 1) + graphmlFooter();
}

type Data = { key: string; '#text': string | number };
const dataOf = (element: { data: Data[] }) => Object.fromEntries(element.data.map((d) => [d.key, String(d['#text'])]));

describe('GraphML', () => {
  it('is well-formed XML in the GraphML namespace with every key typed', () => {
    const xml = document();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.graphml.graph.edgedefault).toBe('directed');
    for (const key of doc.graphml.key) expect(['string', 'int', 'double', 'boolean']).toContain(key['attr.type']);
    expect(doc.graphml.key.map((k: { id: string }) => k.id)).toEqual(GRAPHML_KEYS.map((k) => k.id));
  });

  it('gives a node its label, kind and country, and an edge its relation, date and event count', () => {
    const doc = parser.parse(document());
    const [putin, dpr] = doc.graphml.graph.node;
    expect(putin.id).toBe('person:vladimir-putin');
    expect(dataOf(putin)).toMatchObject({ label: 'Vladimir Putin', kind: 'Person', country: 'RUS', n_events: '14', aliases: 'Putin;Vladimir Vladimirovich Putin;Vladimir V. Putin' });
    expect(dataOf(dpr)).toMatchObject({ label: 'Donetsk People’s Republic', acronym: 'DPR', aliases: 'DNR;"DPR", self-proclaimed' });
    const [accused, leader] = doc.graphml.graph.edge;
    expect(accused).toMatchObject({ id: 'e0', source: 'person:vladimir-putin', target: 'group:ukrainian-militants' });
    expect(dataOf(accused)).toEqual({
      relation: 'ACCUSED',
      e_label: 'ACCUSED',
      category: 'event',
      date: '2022-02-20',
      last_date: '2022-02-20',
      e_events: '1',
      weight: '1',
      event_ids: 'event:e6b8a5bc89b917445d08',
    });
    expect(dataOf(leader)).toMatchObject({ relation: 'LEADER_OF', category: 'structural', date: '2012-05-07', e_events: '0' });
    expect(dataOf(leader).last_date).toBeUndefined();
  });

  it('leaves out empty values instead of writing empty data', () => {
    expect(graphmlNode(PUTIN)).not.toContain('key="acronym"');
  });

  it('escapes markup and drops characters XML 1.0 cannot hold', () => {
    expect(escapeXml(`Tom & Jerry's <"deal">`)).toBe('Tom &amp; Jerry&apos;s &lt;&quot;deal&quot;&gt;');
    expect(escapeXml('bell\u0007 form\u000C ok\ttab\nline \uD800 lone 🇺🇦')).toBe('bell form ok\ttab\nline  lone 🇺🇦');
    const hostile = { ...PUTIN, id: 'group:"a"&<b>', name: '</data></node><node id="x">' };
    const xml = graphmlHeader() + graphmlNode(hostile) + graphmlFooter();
    expect(XMLValidator.validate(xml)).toBe(true);
    const [node] = parser.parse(xml).graphml.graph.node;
    expect(node.id).toBe('group:"a"&<b>');
    expect(dataOf(node).label).toBe('</data></node><node id="x">');
  });
});
