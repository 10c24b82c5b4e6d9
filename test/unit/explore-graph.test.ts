import {
  edgeEventFilter,
  edgeWidth,
  emptyGraph,
  eventOnEdge,
  mergeNeighbourhood,
  mergePath,
  NeighbourhoodAnswer,
  relationFamily,
} from '../../web/explore/model';

const putin = { id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'Person' };
const macron = { id: 'person:emmanuel-macron', name: 'Emmanuel Macron', kind: 'Person' };
const militants = { id: 'group:ukrainian-militants', name: 'Ukrainian militants', kind: 'Group' };
const minsk = { id: 'agreement:minsk-agreements', name: 'Minsk agreements', kind: 'Agreement' };
const normandy = { id: 'format:normandy', name: 'Normandy Format', kind: 'Format' };
const france = { id: 'state:FRA', name: 'France', kind: 'State' };

const putinsNeighbourhood: NeighbourhoodAnswer = {
  nodes: [
    { entity: putin, distance: 0 },
    { entity: militants, distance: 1 },
    { entity: macron, distance: 1 },
  ],
  edges: [
    { source: putin.id, target: militants.id, type: 'ACCUSED', count: 1, first: '2022-02-20', last: '2022-02-20' },
    { source: macron.id, target: putin.id, type: 'MET_WITH', count: 2, first: '2022-02-07', last: '2022-02-20' },
  ],
};

describe('merging neighbourhoods into the drawn graph', () => {
  it('adds the nodes and edges of a first neighbourhood, keyed source|type|target', () => {
    const { graph, addedNodes, addedEdges } = mergeNeighbourhood(emptyGraph(), putinsNeighbourhood);
    expect(addedNodes).toEqual([putin.id, militants.id, macron.id]);
    expect(addedEdges).toEqual([`${putin.id}|ACCUSED|${militants.id}`, `${macron.id}|MET_WITH|${putin.id}`]);
    expect(graph.nodes[militants.id]).toEqual({ ...militants, distance: 1 });
    expect(graph.edges[`${macron.id}|MET_WITH|${putin.id}`]).toMatchObject({ count: 2, first: '2022-02-07', last: '2022-02-20' });
  });

  it('merges an expanded node without duplicating what is drawn, keeping the smallest distance', () => {
    const first = mergeNeighbourhood(emptyGraph(), putinsNeighbourhood).graph;
    const macronsNeighbourhood: NeighbourhoodAnswer = {
      nodes: [
        { entity: macron, distance: 0 },
        { entity: putin, distance: 1 },
        { entity: france, distance: 1 },
      ],
      edges: [
        { source: macron.id, target: putin.id, type: 'MET_WITH', count: 2 },
        { source: macron.id, target: france.id, type: 'LEADER_OF', count: 1 },
      ],
    };
    const { graph, addedNodes, addedEdges } = mergeNeighbourhood(first, macronsNeighbourhood);
    expect(addedNodes).toEqual([france.id]);
    expect(addedEdges).toEqual([`${macron.id}|LEADER_OF|${france.id}`]);
    expect(Object.keys(graph.nodes)).toHaveLength(4);
    expect(Object.keys(graph.edges)).toHaveLength(3);
    expect(graph.nodes[putin.id].distance).toBe(0);
    expect(graph.nodes[macron.id].distance).toBe(0);
    expect(Object.keys(first.nodes)).toHaveLength(3); // the graph given is not changed
  });

  it('leaves out edges whose ends are not drawn', () => {
    const { graph } = mergeNeighbourhood(emptyGraph(), {
      nodes: [{ entity: putin, distance: 0 }],
      edges: [{ source: putin.id, target: militants.id, type: 'ACCUSED', count: 1 }],
    });
    expect(graph.edges).toEqual({});
  });
});

describe('paths on the graph', () => {
  const path = {
    nodes: [macron, normandy, minsk],
    hops: [
      { relation: 'CALLED_FOR', forward: true, date: '2022-02-20' },
      { relation: 'NEGOTIATED_IN', forward: false, date: null },
    ],
  };

  it('keys each hop as the drawn edge, walking backwards where the path does', () => {
    const { graph, nodeIds, edgeIds } = mergePath(emptyGraph(), path);
    expect(nodeIds).toEqual([macron.id, normandy.id, minsk.id]);
    // Minsk -[NEGOTIATED_IN]-> Normandy, walked from Normandy to Minsk
    expect(edgeIds).toEqual([`${macron.id}|CALLED_FOR|${normandy.id}`, `${minsk.id}|NEGOTIATED_IN|${normandy.id}`]);
    expect(graph.edges[edgeIds[1]]).toMatchObject({ source: minsk.id, target: normandy.id, type: 'NEGOTIATED_IN' });
  });

  it('keeps the counts of edges already drawn', () => {
    const drawn = mergeNeighbourhood(emptyGraph(), {
      nodes: [{ entity: macron, distance: 0 }, { entity: normandy, distance: 1 }],
      edges: [{ source: macron.id, target: normandy.id, type: 'CALLED_FOR', count: 4 }],
    }).graph;
    const { graph } = mergePath(drawn, path);
    expect(graph.edges[`${macron.id}|CALLED_FOR|${normandy.id}`].count).toBe(4);
    expect(graph.nodes[minsk.id]).toMatchObject({ name: 'Minsk agreements', kind: 'Agreement' });
  });
});

describe('the events behind an edge', () => {
  const accusation = { relation: 'ACCUSED', by: [putin], toward: [militants], about: [] };
  const call = { relation: 'MET_WITH', by: [putin, macron], toward: [], about: [] };
  const support = { relation: 'SUPPORTED', by: [putin], toward: [], about: [minsk] };

  it('follows the writer\'s projection: sources to targets and objects, symmetric sources pairwise', () => {
    expect(eventOnEdge(accusation, { source: putin.id, type: 'ACCUSED', target: militants.id })).toBe(true);
    expect(eventOnEdge(support, { source: putin.id, type: 'SUPPORTED', target: minsk.id })).toBe(true);
    expect(eventOnEdge(call, { source: macron.id, type: 'MET_WITH', target: putin.id })).toBe(true);
  });

  it('refuses other relations, reversed edges and events where the target is only a fellow source', () => {
    expect(eventOnEdge(accusation, { source: putin.id, type: 'CRITICIZED', target: militants.id })).toBe(false);
    expect(eventOnEdge(accusation, { source: militants.id, type: 'ACCUSED', target: putin.id })).toBe(false);
    const jointAccusation = { relation: 'ACCUSED', by: [putin, macron], toward: [militants], about: [] };
    expect(eventOnEdge(jointAccusation, { source: putin.id, type: 'ACCUSED', target: macron.id })).toBe(false);
  });

  it('asks the API for the source\'s events of that relation involving the target, within the dates', () => {
    expect(edgeEventFilter({ source: putin.id, type: 'ACCUSED', target: militants.id }, { from: '2022-02-01', to: null })).toEqual({
      actor: putin.id,
      actorRole: 'SOURCE',
      involving: militants.id,
      relations: ['ACCUSED'],
      from: '2022-02-01',
    });
  });
});

describe('edge styling', () => {
  it('widens edges with the number of events, slowly', () => {
    expect(edgeWidth(1)).toBe(2);
    expect(edgeWidth(2)).toBeGreaterThan(edgeWidth(1));
    expect(edgeWidth(10)).toBeLessThan(8);
    expect(edgeWidth(0)).toBe(2);
  });

  it('colours by family: consultations, cooperation, hostility, structure', () => {
    expect(['MET_WITH', 'SUPPORTED', 'ACCUSED', 'MEMBER_OF'].map(relationFamily)).toEqual(['consult', 'cooperative', 'hostile', 'structural']);
  });
});
