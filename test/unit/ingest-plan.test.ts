import { ExtractionResult } from '../../src/extract/types';
import { articleFromRecord } from '../../src/model/article';
import { mergeKey, planArticleWrite, planBatchWrite, projectEdges } from '../../src/model/plan';

const biden = 'person:joe-biden';
const zelenskyy = 'person:volodymyr-zelenskyy';

describe('mergeKey', () => {
  it('is the same for "A spoke with B" and "B had a conversation with A"', () => {
    const wh = mergeKey({ relation: 'MET_WITH', negated: false, source: [biden], target: [zelenskyy], about: [] });
    const ua = mergeKey({ relation: 'MET_WITH', negated: false, source: [zelenskyy], target: [biden], about: ['topic:conversation'] });
    expect(wh).toBe(ua);
  });

  it('leaves out a state named beside its own leader ("President Zelenskyy of Ukraine")', () => {
    const countries: Record<string, string> = { [biden]: 'USA', [zelenskyy]: 'UKR' };
    const withState = mergeKey({ relation: 'MET_WITH', negated: false, source: [biden], target: [zelenskyy, 'state:UKR'], about: [] }, (id) => countries[id]);
    expect(withState).toBe(mergeKey({ relation: 'MET_WITH', negated: false, source: [biden], target: [zelenskyy], about: [] }));
  });

  it('keeps direction, negation and topics where they change the happening', () => {
    const accused = { relation: 'ACCUSED' as const, negated: false, source: ['person:vladimir-putin'], target: ['state:UKR'], about: [] };
    expect(mergeKey(accused)).not.toBe(mergeKey({ ...accused, source: ['state:UKR'], target: ['person:vladimir-putin'] }));
    expect(mergeKey(accused)).not.toBe(mergeKey({ ...accused, negated: true }));
    const discussed = { relation: 'DISCUSSED' as const, negated: false, source: [biden, zelenskyy], target: [], about: ['topic:sanctions'] };
    expect(mergeKey(discussed)).not.toBe(mergeKey({ ...discussed, about: ['topic:security-guarantees'] }));
  });
});

describe('projectEdges', () => {
  it('joins each source to each target and topic', () => {
    expect(projectEdges({ relation: 'CALLED_FOR', source: ['person:vladimir-putin'], target: ['state:USA', 'org:NATO'], about: [] })).toEqual([
      { from: 'person:vladimir-putin', to: 'state:USA' },
      { from: 'person:vladimir-putin', to: 'org:NATO' },
    ]);
  });

  it('joins the actors of "both leaders held talks" pairwise', () => {
    expect(projectEdges({ relation: 'MET_WITH', source: [zelenskyy, biden], target: [], about: [] })).toEqual([{ from: biden, to: zelenskyy }]);
  });
});

describe('planArticleWrite', () => {
  const article = articleFromRecord(
    {
      id: 'tdi-1',
      publisher: 'TDI',
      published: '2022-02-21',
      text: 'Thereupon, the Russian President highlighted that Ukrainian militants started the escalation.',
    },
    'x',
  );
  const facts: ExtractionResult = {
    entities: [
      { id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'Person', country: 'RUS', mentions: [{ text: 'the Russian President', start: 11, end: 32 }] },
      { id: 'group:ukrainian-militants', name: 'Ukrainian militants', kind: 'Group', country: 'UKR', unknown: true, mentions: [{ text: 'Ukrainian militants', start: 50, end: 69 }, { text: 'They', start: 0, end: 4 }] },
    ],
    events: [
      {
        id: 'e1',
        relation: 'ACCUSED',
        plover: 'ACCUSE',
        negated: false,
        confidence: 0.8,
        source: ['person:vladimir-putin'],
        target: ['group:ukrainian-militants', 'state:NOT-EXTRACTED'],
        about: [],
        speaker: 'person:vladimir-putin',
        sentence: 'Thereupon, the Russian President highlighted that Ukrainian militants started the escalation.',
        start: 0,
        end: 94,
      },
    ],
  };

  it('labels entities from the allow-list and dates undated events with the article', () => {
    const plan = planArticleWrite(article, facts);
    expect(plan.entities.map((e) => [e.id, e.labels])).toEqual([
      ['group:ukrainian-militants', ['Actor', 'Group']],
      ['person:vladimir-putin', ['Actor', 'Person']],
    ]);
    expect(plan.events).toHaveLength(1);
    expect(plan.events[0]).toMatchObject({
      type: 'ACCUSED',
      date: '2022-02-21',
      dateSource: 'article',
      target: ['group:ukrainian-militants'],
      edges: [{ from: 'person:vladimir-putin', to: 'group:ukrainian-militants' }],
      evidence: { speaker: 'person:vladimir-putin', start: 0, end: 94 },
    });
    expect(plan.events[0].id).toMatch(/^event:[0-9a-f]{20}$/);
  });

  it('keeps names seen in text as aliases of unknown entities, not pronouns', () => {
    const plan = planArticleWrite(article, facts);
    expect(plan.entities.map((e) => e.aliases)).toEqual([[], []]);
  });

  it('says when the date is the one the text gives', () => {
    const dated = { ...facts, events: [{ ...facts.events[0], date: '2022-02-20' }] };
    expect(planArticleWrite(article, dated).events[0]).toMatchObject({ date: '2022-02-20', dateSource: 'text' });
  });

  it('gives the same happening on the same date the same id in two articles', () => {
    const other = articleFromRecord({ id: 'kremlin-2', published: '2022-02-21', text: article.text }, 'y');
    expect(planArticleWrite(other, facts).events[0].id).toBe(planArticleWrite(article, facts).events[0].id);
  });

  it('refuses a relation outside the vocabulary', () => {
    const bad = { ...facts, events: [{ ...facts.events[0], relation: 'DROP_TABLES' as never }] };
    expect(() => planArticleWrite(article, bad)).toThrow('unknown relation "DROP_TABLES"');
  });

  it('orders entities by id and events by key, so concurrent writers lock in one order', () => {
    const plan = planArticleWrite(article, { ...facts, entities: [...facts.entities].reverse() });
    expect(plan.entities.map((e) => e.id)).toEqual(['group:ukrainian-militants', 'person:vladimir-putin']);
  });
});

describe('planBatchWrite', () => {
  const militants = 'group:ukrainian-militants';
  const facts = (alias: string, relation: 'ACCUSED' | 'MET_WITH', target: string): ExtractionResult => ({
    entities: [
      { id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'Person', country: 'RUS', mentions: [{ text: 'Putin', start: 0, end: 5 }] },
      { id: militants, name: 'Ukrainian militants', kind: 'Group', country: 'UKR', unknown: true, mentions: [{ text: alias, start: 20, end: 20 + alias.length }] },
      { id: target, name: target, kind: 'Person', mentions: [{ text: target, start: 40, end: 50 }] },
    ],
    events: [
      { id: 'e1', relation, plover: relation === 'ACCUSED' ? 'ACCUSE' : 'CONSULT', negated: false, confidence: 0.7, source: ['person:vladimir-putin'], target: [relation === 'ACCUSED' ? militants : target], about: [], sentence: `Putin and ${alias}.`, start: 0, end: 30 },
    ],
  });
  const plan = (id: string, alias: string, relation: 'ACCUSED' | 'MET_WITH', target: string) =>
    planArticleWrite(articleFromRecord({ id, published: '2022-02-20', text: `Putin spoke about ${alias} and ${target}.` }, id), facts(alias, relation, target));

  it('writes each entity once with the aliases of every article, and every report with its article', () => {
    const batch = planBatchWrite([plan('b', 'Kyiv militants', 'MET_WITH', 'person:emmanuel-macron'), plan('a', 'Ukrainian nationalists', 'ACCUSED', 'person:olaf-scholz')]);
    expect(batch.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(batch.entities.filter((e) => e.id === militants)).toEqual([expect.objectContaining({ aliases: ['Kyiv militants', 'Ukrainian nationalists'] })]);
    expect(batch.entities.map((e) => e.id)).toEqual([...batch.entities.map((e) => e.id)].sort());
    expect(batch.events.map((e) => [e.type, e.articleId])).toEqual([
      ['ACCUSED', 'a'],
      ['MET_WITH', 'b'],
    ]);
  });

  it('refuses an article twice in one batch', () => {
    const one = plan('a', 'Kyiv militants', 'ACCUSED', 'person:olaf-scholz');
    expect(() => planBatchWrite([one, one])).toThrow('a batch holds an article twice');
  });
});
