import { csvField } from '../../src/export/csv';
import { printable } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { parse, OperationDefinitionNode } from 'graphql';
import { cleanTextInputPlugin, textProblem } from '../../src/api/text-input.plugin';
import { applyCuration } from '../../src/model/curation';
import { ANY_ID_PATTERN, ENTITY_ID_PATTERN, entityId } from '../../src/model/ids';
import { API_KEY_PATTERN, hashApiKey, newApiKey, roleAllows } from '../../src/model/roles';
import { ReferencePlan } from '../../src/model/reference-plan';
import { slug } from '../../src/extract/text/normalize';
import { Writable, Readable } from 'node:stream';

const sink = () => {
  let text = '';
  const stream = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) });
  return { stream, text: () => text };
};

describe('row 9 of issue 10: hygiene', () => {
  it('neutralises CSV cells a spreadsheet would run as formulas, leaving numbers and plain text alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+', '-', '@']) expect(csvField(`${start}cmd`)).toBe(`'${start}cmd`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField('Vladimir Putin')).toBe('Vladimir Putin');
  });

  it('shows control characters of CLI messages as escapes, so that bad input cannot drive the terminal', async () => {
    expect(printable('bad \u001b[2J line\u0007\r')).toBe('bad \\x1b[2J line\\x07\\x0d');
    const err = sink();
    const code = await main(['\u001b]0;owned\u0007'], { stdin: Readable.from([]), stdout: sink().stream, stderr: err.stream });
    expect(code).toBe(2);
    expect(err.text()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(err.text()).toContain('\\x1b]0;owned\\x07');
  });

  it('refuses text with NUL or a lone surrogate, and keeps well-formed text of any script', () => {
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('x \ud800 y')).toMatch(/lone surrogate/);
    expect(textProblem('x \udc00')).toMatch(/lone surrogate/);
    expect(textProblem('Зеленський 🇺🇦 said')).toBeUndefined();
  });

  it('finds bad text in any argument of the operation, literal or variable, through fragments, and names it', async () => {
    const refusal = async (query: string, variables: Record<string, unknown> = {}) => {
      const document = parse(query);
      const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
      const listener = await (cleanTextInputPlugin().requestDidStart as (x: unknown) => Promise<{ didResolveOperation(x: unknown): Promise<void> }>)({});
      return listener.didResolveOperation({ request: { variables }, document, operation }).then(() => undefined, (error) => error.extensions);
    };
    expect(await refusal('query { search(text: "Minsk", limit: 5) { score } }')).toBeUndefined();
    expect(await refusal('query { ...F } fragment F on Query { search(text: "a\\u0000b") { score } }')).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'text' }] });
    expect(await refusal('query ($f: EventFilter) { events(filter: $f) { totalCount } }', { f: { relations: ['MET_WITH'], topic: 'x\ud800' } })).toMatchObject({ fields: [{ field: 'filter.topic' }] });
    expect(await refusal('query { entity(id: "state:UKR") { ... on State { events(first: 1) { totalCount } } } }')).toBeUndefined();
  });

  it('checks ids against their kind prefix', () => {
    for (const id of ['person:vladimir-putin', 'state:UKR', 'agreement:pax-1926', 'process:pax-77', 'topic:security-guarantees']) expect(id).toMatch(ENTITY_ID_PATTERN);
    for (const id of ['pax-1926', 'people:x', 'person:', 'person:-x', 'event:abc']) expect(id).not.toMatch(ENTITY_ID_PATTERN);
    expect('event:0123abcd').toMatch(ANY_ID_PATTERN);
  });

  it('makes a new id with the extractor\'s own slug', () => {
    expect(entityId('Group', "Luhansk People's Militia")).toBe(`group:${slug("Luhansk People's Militia")}`);
    expect(entityId('Person', 'Heidi Grau')).toBe('person:heidi-grau');
    expect(entityId('Group', '!!!')).toBeUndefined();
  });
});

describe('API keys and roles', () => {
  it('makes keys whose token is only stored as its SHA-256', () => {
    const key = newApiKey();
    expect(key.token).toMatch(API_KEY_PATTERN);
    expect(key.hash).toBe(hashApiKey(key.token));
    expect(key.hash).not.toContain(key.token.slice(16));
    expect(newApiKey().token).not.toBe(key.token);
  });

  it('orders roles: admin may what a curator may, a curator what a reader may', () => {
    expect(roleAllows('admin', 'curator')).toBe(true);
    expect(roleAllows('curator', 'reader')).toBe(true);
    expect(roleAllows('reader', 'curator')).toBe(false);
    expect(roleAllows('curator', 'admin')).toBe(false);
  });
});

describe('reference knowledge over curated edits', () => {
  const plan = (): ReferencePlan => ({
    entities: [
      { id: 'person:joe-biden', labels: ['Actor', 'Person'], kind: 'Person', name: 'Joe Biden', aliases: [], props: { country: 'USA' } },
      { id: 'group:old', labels: ['Actor', 'Group'], kind: 'Group', name: 'Old', aliases: [], props: {} },
    ],
    leaderOf: [{ from: 'group:old', to: 'state:USA', key: 'k', props: {} }],
    memberOf: [],
    partyTo: [],
    partOf: [],
    negotiatedIn: [],
    locatedIn: [],
  });

  it('keeps a curated name and reports the conflict; does not bring back a merged id, relinking to where it went', () => {
    const { plan: applied, conflicts } = applyCuration(plan(), [
      { id: 'person:joe-biden', fields: ['name'], mergedIds: [], props: { name: 'Joseph R. Biden Jr.' } },
      { id: 'group:new', fields: [], mergedIds: ['group:old'], props: {} },
    ]);
    expect(applied.entities.map((e) => [e.id, e.name])).toEqual([['person:joe-biden', 'Joseph R. Biden Jr.']]);
    expect(applied.leaderOf[0].from).toBe('group:new');
    expect(conflicts).toEqual([
      { id: 'person:joe-biden', field: 'name', kept: 'Joseph R. Biden Jr.', reference: 'Joe Biden' },
      { id: 'group:old', field: 'id', kept: 'merged into group:new', reference: 'group:old' },
    ]);
  });

  it('reports nothing when the reference agrees with the edit', () => {
    const { conflicts } = applyCuration(plan(), [{ id: 'person:joe-biden', fields: ['name', 'country'], mergedIds: [], props: { name: 'Joe Biden', country: 'USA' } }]);
    expect(conflicts).toEqual([]);
  });
});
