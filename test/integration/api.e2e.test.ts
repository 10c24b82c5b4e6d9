import { Executor } from '../../src/graph/executor';
import { RunningApp } from '../../src/server';
import { useSeedApp } from '../support/graph';
import { example, exampleNames, gql } from './api.support';

const names = (list: Array<{ name: string }>) => list.map((e) => e.name);

describe('the analyst API over HTTP, with the seed article ingested', () => {
  let executor: Executor;
  let app: RunningApp;

  useSeedApp((seeded) => ({ executor, app } = seeded));

  describe('the example operations of examples/analyst.graphql', () => {
    it('all answer without errors', async () => {
      expect(exampleNames()).toEqual(
        expect.arrayContaining(['WhoDidPutinAccuse', 'PathFromMacronToMinsk', 'PutinPositions', 'NormandyFormatMembers', 'EventsOn20February']),
      );
      for (const name of exampleNames()) {
        const { status, body } = await example(app.url, name);
        expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
      }
    });

    it('WhoDidPutinAccuse: Ukrainian militants, with the escalation sentence, said by Putin', async () => {
      const { body } = await example(app.url, 'WhoDidPutinAccuse');
      const events = body.data.events.nodes as any[];
      const militants = events.find((e) => e.toward.some((t: any) => t.name === 'Ukrainian militants'));
      expect(militants).toBeDefined();
      expect(militants.relation).toBe('ACCUSED');
      expect(militants.evidence[0].sentence).toMatch(/Ukrainian militants started the escalation/);
      expect(militants.evidence[0].speaker.name).toBe('Vladimir Putin');
      expect(militants.evidence[0].article.publisher).toMatch(/Diplomatic Insight/);
    });

    it('PathFromMacronToMinsk: Macron, Putin, the Minsk agreements, each hop with evidence', async () => {
      const { body } = await example(app.url, 'PathFromMacronToMinsk');
      const paths = body.data.paths as any[];
      const viaPutin = paths.find((p) => names(p.nodes).join(' > ') === 'Emmanuel Macron > Vladimir Putin > Minsk agreements');
      expect(viaPutin).toBeDefined();
      expect(viaPutin.length).toBe(2);
      // Macron and Putin consulted (a call in which they met and discussed): either reading is a consultation.
      expect(['MET_WITH', 'DISCUSSED']).toContain(viaPutin.hops[0].relation);
      expect(viaPutin.hops[1].relation).toBe('SUPPORTED');
      for (const hop of viaPutin.hops) expect(hop.event.evidence[0].sentence.length).toBeGreaterThan(20);
      expect(viaPutin.hops[1].event.evidence[0].sentence).toMatch(/Minsk Agreements/);
    });

    it('PutinPositions: security guarantees among his stances, for, with the evidence', async () => {
      const { body } = await example(app.url, 'PutinPositions');
      const positions = body.data.positions as any[];
      const guarantees = positions.find((p) => p.object.id === 'topic:security-guarantees');
      expect(guarantees).toMatchObject({ stance: 'FOR', opposing: 0 });
      expect(guarantees.supporting).toBeGreaterThanOrEqual(1);
      expect(guarantees.latest.relation).toBe('CALLED_FOR');
      expect(guarantees.latest.evidence[0].sentence).toMatch(/security guarantees/);
      const minsk = positions.find((p) => p.object.id === 'agreement:minsk-agreements');
      expect(minsk).toMatchObject({ stance: 'FOR' });
    });

    it('NormandyFormatMembers: France, Germany, Russia and Ukraine', async () => {
      const { body } = await example(app.url, 'NormandyFormatMembers');
      expect(body.data.format.members.map((m: any) => m.member.name).sort()).toEqual(['France', 'Germany', 'Russia', 'Ukraine']);
    });

    it('EventsOn20February: the call with both leaders, all events dated that day', async () => {
      const { body } = await example(app.url, 'EventsOn20February');
      const events = body.data.events.nodes as any[];
      expect(body.data.events.totalCount).toBe(events.length);
      // the seed says "a telephonic dialogue": that word gave the phone mode by a rule for the seed
      // alone, removed by issue 9, so the mode is not asserted here
      const call = events.find((e) => e.relation === 'MET_WITH');
      expect(call).toBeDefined();
      expect(names(call.participants).sort()).toEqual(['Emmanuel Macron', 'Vladimir Putin']);
      expect(call.evidence[0].sentence).toMatch(/telephon/);
    });
  });

  it('finds one entity by id and by exact name, and refuses both or neither, naming the field', async () => {
    const byId = await gql(app.url, '{ entity(id: "person:emmanuel-macron") { name kind ... on Person { offices { role state { name } } } } }');
    expect(byId.body.data.entity.name).toBe('Emmanuel Macron');
    expect(byId.body.data.entity.offices.some((o: any) => o.state.name === 'France')).toBe(true);
    const byName = await gql(app.url, '{ entity(name: "emmanuel macron") { id } }');
    expect(byName.body.data.entity.id).toBe('person:emmanuel-macron');
    const neither = await gql(app.url, '{ entity { id } }');
    expect(neither.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('lists actors with filters and Relay cursors, the total counted', async () => {
    const query = `query ($after: String) { actors(first: 2, after: $after, filter: { memberOf: "format:normandy", kinds: [State] }) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }`;
    const first = await gql(app.url, query);
    expect(first.body.data.actors.totalCount).toBe(4);
    expect(first.body.data.actors.pageInfo.hasNextPage).toBe(true);
    const second = await gql(app.url, query, { after: first.body.data.actors.pageInfo.endCursor });
    const all = [...first.body.data.actors.edges, ...second.body.data.actors.edges].map((e: any) => e.node.name);
    expect(all).toEqual(['France', 'Germany', 'Russia', 'Ukraine']);
    expect(second.body.data.actors.pageInfo.hasNextPage).toBe(false);
  });

  it('searches names, aliases and topics, ranked', async () => {
    const { body } = await gql(app.url, '{ search(text: "security guarantees") { entity { id kind } } }');
    expect(body.data.search[0].entity).toEqual({ id: 'topic:security-guarantees', kind: 'Topic' });
    const kyiv = await gql(app.url, '{ search(text: "Kyiv", kinds: [State]) { entity { id } } }');
    expect(kyiv.body.data.search[0].entity.id).toBe('state:UKR');
  });

  it('groups an actor\'s relations by type and counterpart with counts and dates', async () => {
    const { body } = await gql(app.url, '{ entity(id: "person:vladimir-putin") { relations(relations: [ACCUSED]) { relation direction counterpart { name } count first last } } }');
    expect(body.data.entity.relations).toEqual(
      expect.arrayContaining([{ relation: 'ACCUSED', direction: 'OUTGOING', counterpart: { name: 'Ukrainian militants' }, count: 1, first: '2022-02-20', last: '2022-02-20' }]),
    );
  });

  it('filters events by speaker, target, agreement, sources and dates', async () => {
    const q = (filter: string) => gql(app.url, `{ events(filter: ${filter}) { totalCount nodes { relation date } } }`);
    expect((await q('{ speaker: "person:vladimir-putin", relations: [ACCUSED] }')).body.data.events.totalCount).toBe(2);
    expect((await q('{ target: "group:ukrainian-militants" }')).body.data.events.nodes).toEqual([{ relation: 'ACCUSED', date: '2022-02-20' }]);
    expect((await q('{ agreement: "agreement:minsk-agreements" }')).body.data.events.nodes.map((e: any) => e.relation)).toContain('SUPPORTED');
    expect((await q('{ minSources: 2 }')).body.data.events.totalCount).toBe(0);
    expect((await q('{ from: "2022-02-07", to: "2022-02-07" }')).body.data.events.nodes).toEqual([{ relation: 'VISITED', date: '2022-02-07' }]);
  });

  it('draws a neighbourhood within the node cap', async () => {
    const { body } = await gql(app.url, '{ neighbourhood(id: "person:vladimir-putin", hops: 2, maxNodes: 10) { truncated nodes { distance entity { id } } edges { source target type } } }');
    const n = body.data.neighbourhood;
    expect(n.nodes.length).toBeLessThanOrEqual(10);
    expect(n.truncated).toBe(true);
    const ids = new Set(n.nodes.map((x: any) => x.entity.id));
    for (const edge of n.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('draws the edges among the entities of the last hop when asked (closure)', async () => {
    const { body } = await gql(app.url, '{ neighbourhood(id: "person:vladimir-putin", hops: 1, closure: true) { nodes { entity { id } } edges { source target type } } }');
    const n = body.data.neighbourhood;
    const ids = new Set(n.nodes.map((x: any) => x.entity.id));
    expect(ids.has('person:emmanuel-macron') && ids.has('topic:security-guarantees')).toBe(true);
    // Macron's own edge to a topic both leaders discussed: neither end is Putin
    expect(n.edges).toContainEqual({ source: 'person:emmanuel-macron', target: 'topic:security-guarantees', type: 'DISCUSSED' });
    const without = (await gql(app.url, '{ neighbourhood(id: "person:vladimir-putin", hops: 1) { edges { source target type } } }')).body.data.neighbourhood;
    expect(without.edges.every((e: any) => e.source === 'person:vladimir-putin' || e.target === 'person:vladimir-putin')).toBe(true);
  });

  it('gives a timeline of an agreement and counts by kind and relation', async () => {
    const { body } = await gql(app.url, '{ timeline(id: "agreement:minsk-agreements") { totalCount entries { date events { relation } } } statistics { articles events { relation count } } }');
    expect(body.data.timeline.entries[0]).toEqual({ date: '2022-02-20', events: [{ relation: 'SUPPORTED' }] });
    expect(body.data.statistics.articles).toBe(1);
    expect(body.data.statistics.events).toEqual(expect.arrayContaining([{ relation: 'MET_WITH', count: expect.any(Number) }]));
  });

  describe('bounded cost', () => {
    const nested = (first: number, filter = '{ kinds: [State] }') => `{
      actors(first: ${first}, filter: ${filter}) { totalCount edges { node {
        id name
        ... on Actor {
          memberships { body { name } }
          relations(first: 5) { relation count counterpart { name } }
          positions { stance object { name } latest { evidence { sentence } } }
          events(first: 5) { totalCount nodes { relation date participants { name } evidence { sentence speaker { name } article { publisher } } } }
        }
      } } } }`;

    it('answers a nested query over 50 actors and their events in as many round trips as over 5', async () => {
      const trips = async (query: string) => {
        const before = executor.roundTrips;
        const { body } = await gql(app.url, query);
        expect(body.errors).toBeUndefined();
        return { trips: executor.roundTrips - before, body };
      };
      // OSCE: 57 participating states; among the first 50 by name is Russia, with events in the seed.
      const fifty = await trips(nested(50, '{ memberOf: "org:OSCE" }'));
      const five = await trips(nested(5, '{ memberOf: "format:normandy" }'));
      const withEvents = fifty.body.data.actors.edges.filter((e: any) => e.node.events.totalCount > 0);
      expect(fifty.body.data.actors.edges).toHaveLength(50);
      expect(withEvents.map((e: any) => e.node.id)).toContain('state:RUS');
      // One statement per level and kind of nested field: actors; memberships, relations, positions,
      // events (ids); event details; and maybe a separate batch for the positions' latest events.
      expect(fifty.trips).toBeLessThanOrEqual(7);
      expect(five.trips).toBeLessThanOrEqual(7);
      expect(Math.abs(fifty.trips - five.trips)).toBeLessThanOrEqual(1);
    });

    it('refuses a page size over 100, naming the argument', async () => {
      const { body } = await gql(app.url, '{ actors(first: 101) { totalCount } }');
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(/first/);
      expect(body.data).toBeNull();
    });

    it('refuses an operation nested too deep before it runs', async () => {
      const before = executor.roundTrips;
      let deep = '{ name }';
      for (let i = 0; i < 6; i++) deep = `{ ... on Actor { memberships { body ${deep} } } }`;
      deep = `{ entity(id: "state:FRA") ${deep} }`;
      const { status, body } = await gql(app.url, deep);
      expect(status).toBe(400);
      expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors![0].message).toMatch(/nested 14 levels deep; the limit is 10/);
      expect(executor.roundTrips).toBe(before);
    });

    it('refuses an operation over the cost limit before it runs', async () => {
      const before = executor.roundTrips;
      const costly = `{ actors(first: 100) { nodes { events(first: 100) { nodes { by { relations(first: 100) { counterpart { name } } } } } } } }`;
      const { status, body } = await gql(app.url, costly);
      expect(status).toBe(400);
      expect(body.errors![0].extensions!.code).toBe('OPERATION_TOO_COSTLY');
      expect(body.errors![0].message).toMatch(/estimated to cost \d+; the limit is 50000/);
      expect(executor.roundTrips).toBe(before);
    });
  });

  it('names the field of a bad input and masks internal errors', async () => {
    const bad = await gql(app.url, '{ events(filter: { actor: "not an id!" }) { totalCount } }');
    expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors![0].message).toMatch(/actor/);
    const cursor = await gql(app.url, '{ events(after: "bm9wZQ==") { totalCount } }');
    expect(cursor.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] } });
  });

  describe('GraphiQL', () => {
    it('is served with every asset from the server itself, the examples preloaded', async () => {
      const page = await fetch(app.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      const html = await page.text();
      expect(html).toContain('PathFromMacronToMinsk');
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(assets.length).toBeGreaterThanOrEqual(4);
      for (const asset of assets) {
        // the scripts and styles from npm, and the explorer's icon
        expect(asset).toMatch(/^\/playground\/assets\/|^\/explore\/assets\/icon\.svg$/);
        const response = await fetch(new URL(asset, app.url));
        expect(response.status).toBe(200);
        if (asset.startsWith('/playground/')) expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
      }
      expect(html).not.toMatch(/https?:\/\//);
      const playground = await fetch(app.url.replace('/graphql', '/playground'));
      expect(playground.status).toBe(200);
      expect((await fetch(app.url.replace('/graphql', '/playground/assets/../../package.json'))).status).toBe(404);
    });

    it('leaves GraphQL requests to the API', async () => {
      const response = await fetch(`${app.url}?query=${encodeURIComponent('{ health { neo4j } }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(await response.json()).toEqual({ data: { health: { neo4j: 'CONNECTED' } } });
    });
  });
});
