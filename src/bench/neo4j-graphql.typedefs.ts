/**
 * Type definitions of our graph for @neo4j/graphql (the peer the API is measured against in
 * `npm run bench:api`): every entity is one Entity type, events and articles as they are stored.
 * Grouped relations and event counts are @cypher fields, as a user of that library would write them.
 */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entity_names", queryName: "searchEntities", fields: ["name"] }]) {
    id: ID!
    name: String
    kind: String
    members: [Entity!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
    parts: [Entity!]! @relationship(type: "PART_OF", direction: IN)
    parties: [Entity!]! @relationship(type: "PARTY_TO", direction: IN)
    formats: [Entity!]! @relationship(type: "NEGOTIATED_IN", direction: OUT)
    leads: [Entity!]! @relationship(type: "LEADER_OF", direction: OUT)
    eventCount: Int!
      @cypher(
        statement: """
        RETURN COUNT { MATCH (this)<-[:BY|TOWARD|ABOUT]-(e:Event) WHERE NOT coalesce(e.retracted, false) RETURN DISTINCT e } AS count
        """
        columnName: "count"
      )
    relations(first: Int = 10): [RelationGroup!]!
      @cypher(
        statement: """
        MATCH (this)<-[r1:BY|TOWARD|ABOUT]-(e:Event)-[r2:BY|TOWARD|ABOUT]->(c:Entity)
        WHERE c <> this AND NOT coalesce(e.retracted, false)
          AND ((type(r1) = 'BY') <> (type(r2) = 'BY') OR (type(r1) = 'BY' AND type(r2) = 'BY' AND e.type IN ['MET_WITH', 'DISCUSSED', 'COOPERATED']))
        WITH CASE WHEN type(r1) = 'BY' AND type(r2) = 'BY' THEN 'MUTUAL' WHEN type(r1) = 'BY' THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
             e.type AS relation, c, count(DISTINCT e) AS count, min(e.date) AS first, max(e.date) AS last
        ORDER BY count DESC, last DESC, relation, c.name, c.id
        LIMIT $first
        RETURN {direction: direction, relation: relation, counterpartId: c.id, counterpartName: c.name, count: count, first: first, last: last} AS g
        """
        columnName: "g"
      )
  }

  type RelationGroup {
    direction: String!
    relation: String!
    counterpartId: ID!
    counterpartName: String
    count: Int!
    first: Date
    last: Date
  }

  type Membership @relationshipProperties {
    from: Date
    to: Date
  }

  type Reported @relationshipProperties {
    sentence: String
    start: Int
    end: Int
    speaker: String
  }

  type Event @node(labels: ["Event"]) {
    id: ID!
    type: String
    date: Date
    mode: String
    retracted: Boolean
    by: [Entity!]! @relationship(type: "BY", direction: OUT)
    toward: [Entity!]! @relationship(type: "TOWARD", direction: OUT)
    about: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
    reports: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT, properties: "Reported")
  }

  type Article @node(labels: ["Article"]) {
    id: ID!
    title: String
    publisher: String
    published: Date
  }
`;
