import { Executor } from '../../src/graph/executor';
import { RunningApp } from '../../src/server';
import { seedApp } from '../support/graph';
import { apiToken, gql as anonymous } from './api.support';

/** Every relationship touching an entity, as comparable signatures (relationships among `self` written as loops). */
async function signatures(executor: Executor, id: string, self: string[]): Promise<Set<string>> {
  const rows = await executor.autoCommit(
    `MATCH (n:Entity {id: $id})-[r]-(m)
     RETURN type(r) AS type, startNode(r) = n AS out, coalesce(m.id, '') AS other, properties(r) AS props`,
    { id },
  );
  return new Set(
    rows.map((r) => {
      const props = r.props as Record<string, unknown>;
      const sorted = Object.keys(props).sort().map((k) => `${k}=${JSON.stringify(props[k])}`).join(',');
      // A relationship between the two entities becomes a loop on the kept one: its direction is moot.
      const loop = self.includes(String(r.other));
      return `${loop ? 'LOOP' : r.out ? 'OUT' : 'IN'}|${r.type}|${loop ? 'SELF' : String(r.other)}|${sorted}`;
    }),
  );
}

describe('curation mutations', () => {
  let executor: Executor;
  let app: RunningApp;
  let admin: string;
  // Every mutation needs a role: these tests act as an admin.
  const gql = (url: string, query: string, variables?: Record<string, unknown>) => anonymous(url, query, variables, undefined, admin);

  beforeAll(async () => {
    ({ executor, app } = await seedApp());
    admin = await apiToken(executor, 'admin');
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await executor?.close();
  });

  it('ingests an article through the command line\'s pipeline, idempotently', async () => {
    const mutation = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { articleId status eventsCreated eventsExtracted } }`;
    const input = {
      id: 'api-test-1',
      published: '2022-02-11',
      publisher: 'Test',
      url: 'https://example.org/scholz-putin',
      text: 'Vladimir Putin held a telephone conversation with Olaf Scholz on February 10. Vladimir Putin also discussed the security guarantees with Olaf Scholz.',
    };
    const first = await gql(app.url, mutation, { input });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.ingestArticle).toMatchObject({ articleId: 'api-test-1', status: 'written' });
    expect(first.body.data.ingestArticle.eventsCreated).toBeGreaterThan(0);
    const again = await gql(app.url, mutation, { input });
    expect(again.body.data.ingestArticle.status).toBe('unchanged');
    const events = await gql(app.url, '{ events(filter: { actor: "person:olaf-scholz" }) { totalCount } }');
    expect(events.body.data.events.totalCount).toBeGreaterThan(0);
  });

  it('refuses bad article input with BAD_USER_INPUT naming the field', async () => {
    const mutation = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }`;
    const badUrl = await gql(app.url, mutation, { input: { text: 'Vladimir Putin met Emmanuel Macron in Moscow.', url: 'ftp://nope' } });
    expect(badUrl.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'url' }] });
    const short = await gql(app.url, mutation, { input: { text: 'too short' } });
    expect(short.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'text' }] });
    const badDate = await gql(app.url, mutation, { input: { text: 'Vladimir Putin met Emmanuel Macron in Moscow.', published: '2022-02-30' } });
    expect(badDate.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(badDate.body.errors![0].message).toMatch(/published/);
  });

  it('adds an alias that then finds the entity', async () => {
    const { body } = await gql(app.url, 'mutation { addAlias(id: "person:emmanuel-macron", alias: "Jupiter") { aliases } }');
    expect(body.data.addAlias.aliases).toContain('Jupiter');
    expect((await gql(app.url, '{ entity(name: "Jupiter") { id } }')).body.data.entity.id).toBe('person:emmanuel-macron');
    const missing = await gql(app.url, 'mutation { addAlias(id: "person:nobody", alias: "X") { id } }');
    expect(missing.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id' }] });
  });

  it('creates and updates an entity, refusing a change of kind', async () => {
    const create = await gql(app.url, 'mutation { upsertEntity(input: { kind: Group, name: "Kraken Regiment", country: "UKR", aliases: ["Kraken"] }) { id name kind aliases ... on Group { country } } }');
    expect(create.body.data.upsertEntity).toEqual({ id: 'group:kraken-regiment', name: 'Kraken Regiment', kind: 'Group', aliases: ['Kraken'], country: 'UKR' });
    const update = await gql(app.url, 'mutation { upsertEntity(input: { id: "group:kraken-regiment", kind: Group, aliases: ["Kraken", "Kraken Battalion"] }) { name aliases } }');
    expect(update.body.data.upsertEntity).toEqual({ name: 'Kraken Regiment', aliases: ['Kraken', 'Kraken Battalion'] });
    const wrongKind = await gql(app.url, 'mutation { upsertEntity(input: { id: "group:kraken-regiment", kind: Person }) { id } }');
    expect(wrongKind.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.kind' }] });
    const badCountry = await gql(app.url, 'mutation { upsertEntity(input: { kind: Group, name: "X Group", country: "Ukraine" }) { id } }');
    expect(badCountry.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'country' }] });
    // A name the graph already knows (an alias of the reference group "Azov") is that entity, not a new one.
    const known = await gql(app.url, 'mutation { upsertEntity(input: { kind: Group, name: "Azov Regiment" }) { id } }');
    expect(known.body.data.upsertEntity.id).toBe('group:azov');
  });

  it('retracts an event with a reason: kept, marked, left out unless asked for', async () => {
    const accused = await gql(app.url, '{ events(filter: { target: "group:ukrainian-militants", relations: [ACCUSED] }) { nodes { id } } }');
    const id = accused.body.data.events.nodes[0].id;
    const retract = await gql(app.url, `mutation { retractEvent(id: "${id}", reason: "misread: reported speech only") { id retracted retractedReason } }`);
    expect(retract.body.data.retractEvent).toEqual({ id, retracted: true, retractedReason: 'misread: reported speech only' });
    const hidden = await gql(app.url, '{ events(filter: { target: "group:ukrainian-militants" }) { totalCount } }');
    expect(hidden.body.data.events.totalCount).toBe(0);
    const shown = await gql(app.url, '{ events(filter: { target: "group:ukrainian-militants", includeRetracted: true }) { nodes { id retracted } } }');
    expect(shown.body.data.events.nodes).toEqual([{ id, retracted: true }]);
    const relations = await gql(app.url, '{ entity(id: "person:vladimir-putin") { relations(relations: [ACCUSED]) { counterpart { id } } } }');
    expect(relations.body.data.entity.relations.map((r: any) => r.counterpart.id)).not.toContain('group:ukrainian-militants');
    const restore = await gql(app.url, `mutation { restoreEvent(id: "${id}") { retracted } }`);
    expect(restore.body.data.restoreEvent.retracted).toBe(false);
    const missing = await gql(app.url, 'mutation { retractEvent(id: "event:none", reason: "no such event") { id } }');
    expect(missing.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id' }] });
  });

  it('merges two entities keeping every relationship of both, names kept as aliases', async () => {
    // "Ukrainian militants", a group found only in the text, read as Ukraine's own forces.
    const keep = 'state:UKR';
    const merged = 'group:ukrainian-militants';
    await gql(app.url, `mutation { addAlias(id: "${merged}", alias: "Ukrainian fighters") { id } }`);
    const ids = [keep, merged];
    const before = new Set([...(await signatures(executor, keep, ids)), ...(await signatures(executor, merged, ids))]);
    expect(before.size).toBeGreaterThan(10);
    const { body } = await gql(app.url, `mutation { mergeEntities(keepId: "${keep}", mergeId: "${merged}") { entity { id aliases } moved { type direction count } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.mergeEntities.entity.aliases).toEqual(expect.arrayContaining(['Ukrainian militants', 'Ukrainian fighters', 'Kyiv']));
    const after = await signatures(executor, keep, ids);
    expect([...before].filter((s) => !after.has(s))).toEqual([]);
    expect([...after].filter((s) => !before.has(s))).toEqual([]);
    expect((await gql(app.url, `{ entity(id: "${merged}") { id } }`)).body.data.entity).toBeNull();
    // Putin's accusation of the militants is now aimed at Ukraine, with its evidence intact.
    const accused = await gql(app.url, '{ events(filter: { target: "state:UKR", relations: [ACCUSED] }) { nodes { evidence { sentence } } } }');
    const sentences = accused.body.data.events.nodes.map((e: any) => e.evidence[0].sentence);
    expect(sentences).toEqual(expect.arrayContaining([expect.stringMatching(/Ukrainian militants started the escalation/)]));
  });

  it('refuses to merge away reference knowledge, an entity into itself or into nothing, naming the field', async () => {
    const reference = await gql(app.url, 'mutation { mergeEntities(keepId: "person:vladimir-putin", mergeId: "person:emmanuel-macron") { entity { id } } }');
    expect(reference.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'mergeId' }] });
    expect(reference.body.errors![0].message).toMatch(/reference knowledge/);
    const self = await gql(app.url, 'mutation { mergeEntities(keepId: "state:FRA", mergeId: "state:FRA") { entity { id } } }');
    expect(self.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'mergeId' }] });
    const nothing = await gql(app.url, 'mutation { mergeEntities(keepId: "state:FRA", mergeId: "state:XXX") { entity { id } } }');
    expect(nothing.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'mergeId' }] });
  });
});
