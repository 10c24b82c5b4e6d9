import { reference } from '../../src/extract/reference';
import { ArticleRepository } from '../../src/graph/article.repository';
import { Executor } from '../../src/graph/executor';
import { migrate } from '../../src/graph/migrate';
import { ReferenceRepository } from '../../src/graph/reference.repository';
import { extractArticle } from '../../src/ingest/extractor';
import { ingestPaths } from '../../src/ingest/pipeline';
import { planReference } from '../../src/model/reference-plan';
import { RunningApp, startApp } from '../../src/server';
import { SEED_JSONL } from '../support/corpus';
import { testExecutor, seedApp } from '../support/graph';
import { apiToken, gql } from './api.support';

/** Curators' work outlasts what the machine does again: migrate, re-ingest, a newer reference release, a restart. */
describe('curation that lasts', () => {
  let executor: Executor;
  let app: RunningApp;
  let curator: string;
  let admin: string;
  let retracted: string;
  const as = (token: string) => (query: string, variables?: Record<string, unknown>) => gql(app.url, query, variables, undefined, token);

  beforeAll(async () => {
    ({ executor, app } = await seedApp());
    curator = await apiToken(executor, 'curator');
    admin = await apiToken(executor, 'admin');
    const cur = as(curator);
    expect((await cur('mutation { addAlias(id: "person:vladimir-putin", alias: "VVP") { id } }')).body.errors).toBeUndefined();
    expect((await as(admin)('mutation { upsertEntity(input: { id: "person:joe-biden", kind: Person, name: "Joseph R. Biden Jr." }) { name } }')).body.errors).toBeUndefined();
    for (const name of ['Lasting Test Brigade', 'Lasting Test Unit']) {
      expect((await cur(`mutation { upsertEntity(input: { kind: Group, name: "${name}", country: "UKR" }) { id } }`)).body.errors).toBeUndefined();
    }
    expect((await cur('mutation { mergeEntities(keepId: "group:lasting-test-brigade", mergeId: "group:lasting-test-unit") { auditId } }')).body.errors).toBeUndefined();
    const [event] = await executor.autoCommit('MATCH (e:Event) RETURN e.id AS id ORDER BY e.id LIMIT 1');
    retracted = String(event.id);
    expect((await cur('mutation ($id: ID!) { retractEvent(id: $id, reason: "misread by the extractor") { id } }', { id: retracted })).body.errors).toBeUndefined();
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await executor?.close();
  });

  async function expectCurationKept(): Promise<void> {
    const [putin, biden, brigade, unit] = await Promise.all(
      ['person:vladimir-putin', 'person:joe-biden', 'group:lasting-test-brigade', 'group:lasting-test-unit'].map((id) => executor.autoCommit('MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', { id })),
    );
    expect((putin[0].p as any).aliases).toContain('VVP');
    expect((biden[0].p as any).name).toBe('Joseph R. Biden Jr.');
    expect((brigade[0].p as any).aliases).toContain('Lasting Test Unit');
    expect(unit).toEqual([]);
    const [event] = await executor.autoCommit('MATCH (e:Event {id: $id}) RETURN e.retracted AS retracted', { id: retracted });
    expect(event.retracted).toBe(true);
  }

  it('survives migrate', async () => {
    const report = await migrate(executor);
    expect(report.conflicts).toContainEqual({ id: 'person:joe-biden', field: 'name', kept: 'Joseph R. Biden Jr.', reference: 'Joe Biden' });
    await expectCurationKept();
  });

  it('survives a re-ingest of the same articles', async () => {
    const stats = await ingestPaths(new ArticleRepository(executor), [SEED_JSONL], { extract: extractArticle });
    expect(stats.failed).toBe(0);
    await expectCurationKept();
  });

  it('survives a newer reference release that renames and re-adds, reporting each conflict', async () => {
    const plan = planReference(reference.asData());
    plan.entities = plan.entities.map((e) => (e.id === 'person:joe-biden' ? { ...e, name: 'Joe R. Biden' } : e));
    plan.entities.push({ id: 'group:lasting-test-unit', labels: ['Actor', 'Group'], kind: 'Group', name: 'Lasting Test Unit', aliases: [], props: { country: 'UKR' } });
    const report = await new ReferenceRepository(executor).load(plan);
    expect(report.conflicts).toEqual(
      expect.arrayContaining([
        { id: 'person:joe-biden', field: 'name', kept: 'Joseph R. Biden Jr.', reference: 'Joe R. Biden' },
        { id: 'group:lasting-test-unit', field: 'id', kept: 'merged into group:lasting-test-brigade', reference: 'group:lasting-test-unit' },
      ]),
    );
    await expectCurationKept();
  });

  it('survives a restart', async () => {
    await app.stop();
    await executor.close();
    executor = testExecutor();
    app = await startApp({ executor, port: 0, log: () => {} });
    await migrate(executor);
    await expectCurationKept();
    const { body } = await gql(app.url, '{ entity(name: "VVP") { id } }');
    expect(body.data.entity.id).toBe('person:vladimir-putin');
  });

  it('undoes a merge from its audit entry, relationships, evidence and all', async () => {
    const cur = as(curator);
    // The extracted (non-reference) entity with the most relationships.
    const [{ id: mergeId }] = await executor.autoCommit('MATCH (n:Entity) WHERE NOT coalesce(n.reference, false) AND n.kind = "Group" RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 1');
    const picture = (id: string) =>
      executor.autoCommit(
        'MATCH (n:Entity {id: $id})-[r]-(m) RETURN type(r) AS type, startNode(r) = n AS out, coalesce(m.id, "") AS other, properties(r) AS props ORDER BY type, out, other, toString(props.event)',
        { id },
      );
    const before = await picture(String(mergeId));
    expect(before.length).toBeGreaterThan(0);
    const keep = await cur('mutation { upsertEntity(input: { kind: Group, name: "Lasting Test Keeper", country: "UKR" }) { id } }');
    const keepId = keep.body.data.upsertEntity.id;
    const keepBefore = await picture(keepId);
    const merged = await cur(`mutation { mergeEntities(keepId: "${keepId}", mergeId: "${mergeId}") { auditId } }`);
    const auditId = merged.body.data.mergeEntities.auditId;
    expect(await picture(String(mergeId))).toEqual([]);
    expect((await cur(`mutation { undoMerge(auditId: "${auditId}") { id } }`)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const undone = await as(admin)(`mutation { undoMerge(auditId: "${auditId}") { id } }`);
    expect(undone.body.data.undoMerge).toEqual({ id: mergeId });
    expect(await picture(String(mergeId))).toEqual(before);
    expect(await picture(keepId)).toEqual(keepBefore);
    const [kept] = await executor.autoCommit('MATCH (n:Entity {id: $id}) RETURN n.aliases AS aliases, n.mergedIds AS mergedIds', { id: keepId });
    expect(kept.mergedIds ?? []).not.toContain(mergeId);
    expect((await as(admin)(`mutation { undoMerge(auditId: "${auditId}") { id } }`)).body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
