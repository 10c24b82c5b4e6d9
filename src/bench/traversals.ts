import { SYMMETRIC } from '../model/plan';

/**
 * The traversals of issue 11, each three ways: (a) hand-written Cypher (cypher/bench.tN.cypher)
 * through neo4j-driver, (b) diplograph's GraphQL, (c) @neo4j/graphql over our graph
 * (neo4j-graphql.typedefs.ts). `same` turns each answer into one plain form, so the three can be
 * checked equal before they are timed.
 */
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Traversal {
  name: string;
  title: string;
  /** a: the named Cypher (cypher/<name>.cypher) and its parameters; the rows are its answer */
  a: { cypher: string; params: Record<string, unknown> };
  b: string;
  c: string;
  same: { a(rows: Json[]): unknown; b(data: Json): unknown; c(data: Json): unknown };
}

const PUTIN = 'person:vladimir-putin';
const sorted = <T>(xs: T[]) => [...xs].sort();
const ids = (xs: Array<{ id: string }>) => sorted(xs.map((x) => x.id));
const unique = (xs: string[]) => sorted([...new Set(xs)]);

export const TRAVERSALS: Traversal[] = [
  {
    name: 'T1',
    title: "Putin's ACCUSED events with targets, evidence, article",
    a: { cypher: 'bench.t1', params: { actor: PUTIN, relations: ['ACCUSED'], first: 10 } },
    b: `{ events(filter: { actor: "${PUTIN}", actorRole: SOURCE, relations: [ACCUSED] }, order: ASC, first: 10) {
      totalCount nodes { id date relation toward { id name } evidence { sentence article { id title published } } } } }`,
    c: `{ eventsConnection(first: 10, sort: [{ date: ASC }, { id: ASC }], where: { type: { eq: "ACCUSED" }, by: { some: { id: { eq: "${PUTIN}" } } } }) {
      totalCount edges { node { id date type toward { id name } reportsConnection { edges { properties { sentence } node { id title published } } } } } } }`,
    same: {
      a: (rows) => ({
        total: rows[0]?.total ?? 0,
        events: rows.map((r) => [r.id, r.date, r.relation, ids(r.toward), sorted(r.evidence.map((x: Json) => `${x.sentence}@${x.article.id}`))]),
      }),
      b: (d) => ({
        total: d.events.totalCount,
        events: d.events.nodes.map((e: Json) => [e.id, e.date, e.relation, ids(e.toward), sorted(e.evidence.map((x: Json) => `${x.sentence}@${x.article.id}`))]),
      }),
      c: (d) => ({
        total: d.eventsConnection.totalCount,
        events: d.eventsConnection.edges.map(({ node: e }: Json) => [
          e.id,
          e.date,
          e.type,
          ids(e.toward),
          sorted(e.reportsConnection.edges.map((x: Json) => `${x.properties.sentence}@${x.node.id}`)),
        ]),
      }),
    },
  },
  {
    name: 'T2',
    title: "Putin's relations grouped by relation and counterpart",
    a: { cypher: 'bench.t2', params: { id: PUTIN, symmetric: [...SYMMETRIC], first: 10 } },
    b: `{ entity(id: "${PUTIN}") { ... on Actor { relations(first: 10) { relation direction counterpart { id name } count first last } } } }`,
    c: `{ entities(where: { id: { eq: "${PUTIN}" } }) { relations(first: 10) { relation direction counterpartId counterpartName count first last } } }`,
    same: {
      a: (rows) => rows.map((r) => [r.relation, r.direction, r.counterpartId, r.count, r.first, r.last]),
      b: (d) => d.entity.relations.map((r: Json) => [r.relation, r.direction, r.counterpart.id, r.count, r.first, r.last]),
      c: (d) => d.entities[0].relations.map((r: Json) => [r.relation, r.direction, r.counterpartId, r.count, r.first, r.last]),
    },
  },
  {
    name: 'T3',
    title: 'the Normandy Format with members',
    a: { cypher: 'bench.t3', params: { id: 'format:normandy' } },
    b: `{ format(id: "format:normandy") { name members { member { id name } from to } } }`,
    c: `{ entities(where: { id: { eq: "format:normandy" } }) { name membersConnection { edges { properties { from to } node { id name } } } } }`,
    same: {
      a: (rows) => ({ name: rows[0].name, members: sorted(rows[0].members.map((m: Json) => `${m.id} ${m.from} ${m.to}`)) }),
      b: (d) => ({ name: d.format.name, members: sorted(d.format.members.map((m: Json) => `${m.member.id} ${m.from} ${m.to}`)) }),
      c: (d) => ({
        name: d.entities[0].name,
        members: sorted(d.entities[0].membersConnection.edges.map((m: Json) => `${m.node.id} ${m.properties.from} ${m.properties.to}`)),
      }),
    },
  },
  {
    name: 'T4',
    title: 'first 50 states by name with event counts',
    a: { cypher: 'bench.t4', params: { kind: 'State', first: 50 } },
    b: `{ actors(filter: { kinds: [State] }, first: 50) { nodes { id name events { totalCount } } } }`,
    c: `{ entities(where: { kind: { eq: "State" } }, sort: [{ name: ASC }, { id: ASC }], limit: 50) { id name eventCount } }`,
    same: {
      a: (rows) => rows.map((r) => [r.id, r.name, r.count]),
      b: (d) => d.actors.nodes.map((n: Json) => [n.id, n.name, n.events.totalCount]),
      c: (d) => d.entities.map((n: Json) => [n.id, n.name, n.eventCount]),
    },
  },
  {
    name: 'T5',
    title: '2-hop: Putin, his 20 newest events, their participants, the states those lead',
    a: { cypher: 'bench.t5', params: { id: PUTIN, first: 20 } },
    b: `{ entity(id: "${PUTIN}") { events(first: 20) { nodes { id date participants { id name ... on Person { offices { state { id } } } } } } } }`,
    c: `{ events(where: { OR: [{ by: { some: { id: { eq: "${PUTIN}" } } } }, { toward: { some: { id: { eq: "${PUTIN}" } } } }, { about: { some: { id: { eq: "${PUTIN}" } } } }] },
      sort: [{ date: DESC }, { id: ASC }], limit: 20) { id date by { id name leads { id } } toward { id name leads { id } } } }`,
    same: {
      a: (rows) => rows.map((r) => [r.id, r.date, sorted(r.participants.map((p: Json) => `${p.id}>${unique(p.leads).join(',')}`))]),
      b: (d) =>
        d.entity.events.nodes.map((e: Json) => [e.id, e.date, sorted(e.participants.map((p: Json) => `${p.id}>${unique((p.offices ?? []).map((o: Json) => o.state.id)).join(',')}`))]),
      c: (d) =>
        d.events.map((e: Json) => {
          const people = new Map<string, Json>([...e.by, ...e.toward].map((p: Json) => [p.id, p]));
          return [e.id, e.date, sorted([...people.values()].map((p: Json) => `${p.id}>${unique(p.leads.map((s: Json) => s.id)).join(',')}`))];
        }),
    },
  },
  {
    name: 'T6',
    title: 'the Minsk agreements: parts, parties, formats, events about them',
    a: { cypher: 'bench.t6', params: { id: 'agreement:minsk-agreements', first: 5 } },
    b: `{ agreement(id: "agreement:minsk-agreements") { name parts { id } parties { id } formats { id } events(first: 5) { totalCount nodes { id date relation by { id } } } } }`,
    c: `{ entities(where: { id: { eq: "agreement:minsk-agreements" } }) { name parts { id } parties { id } formats { id } }
      eventsConnection(first: 5, sort: [{ date: DESC }, { id: ASC }], where: { OR: [{ by: { some: { id: { eq: "agreement:minsk-agreements" } } } },
        { toward: { some: { id: { eq: "agreement:minsk-agreements" } } } }, { about: { some: { id: { eq: "agreement:minsk-agreements" } } } }] }) {
        totalCount edges { node { id date type by { id } } } } }`,
    same: {
      a: (rows) => {
        const g = rows[0];
        return [g.name, sorted(g.parts), sorted(g.parties), sorted(g.formats), g.total, g.events.map((e: Json) => [e.id, e.date, e.relation, sorted(e.by)])];
      },
      b: (d) => {
        const g = d.agreement;
        return [g.name, ids(g.parts), ids(g.parties), ids(g.formats), g.events.totalCount, g.events.nodes.map((e: Json) => [e.id, e.date, e.relation, ids(e.by)])];
      },
      c: (d) => {
        const g = d.entities[0];
        const ev = d.eventsConnection;
        return [g.name, ids(g.parts), ids(g.parties), ids(g.formats), ev.totalCount, ev.edges.map(({ node: e }: Json) => [e.id, e.date, e.type, ids(e.by)])];
      },
    },
  },
  {
    name: 'T7',
    title: 'full-text search "minsk"',
    a: { cypher: 'bench.t7', params: { query: '(minsk OR minsk*)', text: 'minsk', limit: 5 } },
    b: `{ search(text: "minsk", limit: 5) { score entity { id name } } }`,
    c: `{ searchEntities(phrase: "(minsk OR minsk*)", first: 5) { edges { score node { id name } } } }`,
    // Hits and scores; @neo4j/graphql ranks by score alone, so ties may come in another order.
    same: {
      a: (rows) => sorted(rows.map((r) => `${r.id} ${Number(r.score).toFixed(4)}`)),
      b: (d) => sorted(d.search.map((h: Json) => `${h.entity.id} ${Number(h.score).toFixed(4)}`)),
      c: (d) => sorted(d.searchEntities.edges.map((h: Json) => `${h.node.id} ${Number(h.score).toFixed(4)}`)),
    },
  },
  {
    name: 'T8',
    title: 'the events of 2022-02-20 with participants',
    a: { cypher: 'bench.t8', params: { from: '2022-02-20', to: '2022-02-20', first: 50 } },
    b: `{ events(filter: { from: "2022-02-20", to: "2022-02-20" }, order: ASC, first: 50) { totalCount nodes { id relation participants { id name } } } }`,
    c: `{ eventsConnection(first: 50, sort: [{ date: ASC }, { id: ASC }], where: { date: { eq: "2022-02-20" } }) {
      totalCount edges { node { id type by { id name } toward { id name } } } } }`,
    same: {
      a: (rows) => ({ total: rows[0]?.total ?? 0, events: rows.map((r) => [r.id, r.relation, unique(r.participants)]) }),
      b: (d) => ({ total: d.events.totalCount, events: d.events.nodes.map((e: Json) => [e.id, e.relation, ids(e.participants)]) }),
      c: (d) => ({
        total: d.eventsConnection.totalCount,
        events: d.eventsConnection.edges.map(({ node: e }: Json) => [e.id, e.type, unique([...e.by, ...e.toward].map((p: Json) => p.id))]),
      }),
    },
  },
];
