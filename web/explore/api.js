/* The explorer's only way to the data: GraphQL operations over POST /graphql on this server. */
(function () {
  'use strict';

  const ENTITY = 'id name kind';

  const QUERIES = {
    search: `query ExploreSearch($text: String!) {
  search(text: $text, limit: 8) { score entity { ${ENTITY} } }
}`,
    entity: `query ExploreEntity($id: ID!) {
  entity(id: $id) { ${ENTITY} }
}`,
    neighbourhood: `query ExploreNeighbourhood($id: ID!, $relations: [EdgeType!], $from: LocalDate, $to: LocalDate, $maxNodes: Int!) {
  neighbourhood(id: $id, hops: 1, relations: $relations, from: $from, to: $to, maxNodes: $maxNodes) {
    truncated
    center { ${ENTITY} }
    nodes { distance entity { ${ENTITY} } }
    edges { source target type count first last }
  }
}`,
    edgeEvents: `query ExploreEdgeEvents($filter: EventFilter) {
  events(filter: $filter, order: ASC, first: 100) {
    totalCount
    nodes {
      id relation date mode negated sources
      by { ${ENTITY} } toward { ${ENTITY} } about { ${ENTITY} }
      evidence { sentence speaker { name } article { id title publisher published url } }
    }
  }
}`,
    positions: `query ExplorePositions($actor: ID!, $from: LocalDate, $to: LocalDate) {
  positions(actor: $actor, from: $from, to: $to) {
    object { ${ENTITY} }
    stance supporting opposing first last
    timeline { period stance supporting opposing }
  }
}`,
    paths: `query ExplorePaths($from: ID!, $to: ID!, $relations: [EdgeType!]) {
  paths(from: $from, to: $to, maxHops: 4, limit: 3, relations: $relations) {
    length
    nodes { ${ENTITY} }
    hops {
      relation forward date
      from { ${ENTITY} } to { ${ENTITY} }
      event { id date evidence { sentence article { publisher title published url } } }
    }
  }
}`,
  };

  async function gql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      throw new Error(`the API answered HTTP ${response.status} without JSON`);
    }
    if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    if (!response.ok) throw new Error(`the API answered HTTP ${response.status}`);
    return body.data;
  }

  window.ExploreApi = {
    search: async (text) => (await gql(QUERIES.search, { text })).search.map((hit) => hit.entity),
    entity: async (id) => (await gql(QUERIES.entity, { id })).entity,
    neighbourhood: async (id, filters, maxNodes) =>
      (await gql(QUERIES.neighbourhood, { id, relations: filters.relations, from: filters.from, to: filters.to, maxNodes })).neighbourhood,
    edgeEvents: async (filter) => (await gql(QUERIES.edgeEvents, { filter })).events,
    positions: async (actor, filters) => (await gql(QUERIES.positions, { actor, from: filters.from, to: filters.to })).positions,
    paths: async (from, to, relations) => (await gql(QUERIES.paths, { from, to, relations })).paths,
  };
})();
