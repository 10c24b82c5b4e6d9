import { decodeState, EDGE_TYPES, edgeId, emptyState, encodeState, parseEdgeId } from '../../web/explore/model';

describe('the explorer view state in the URL', () => {
  const putin = 'person:vladimir-putin';
  const edge = edgeId(putin, 'ACCUSED', 'group:ukrainian-militants');

  it('round-trips an entity, filters, expanded nodes, the selected edge and path endpoints', () => {
    const state = {
      ...emptyState(),
      id: putin,
      relations: ['ACCUSED', 'MET_WITH', 'MEMBER_OF'],
      from: '2022-02-01',
      to: '2022-02-28',
      expanded: ['person:emmanuel-macron', 'state:UKR'],
      edge,
      pathFrom: 'person:emmanuel-macron',
      pathTo: 'agreement:minsk-agreements',
    };
    const search = encodeState(state);
    expect(decodeState(search)).toEqual(state);
  });

  it('reads as a plain query string: ids keep their colons, lists their commas', () => {
    expect(encodeState({ ...emptyState(), id: putin, relations: ['ACCUSED', 'MET_WITH'], from: '2022-02-01' })).toBe(
      '?id=person:vladimir-putin&rel=ACCUSED,MET_WITH&from=2022-02-01',
    );
    expect(new URLSearchParams(encodeState({ ...emptyState(), id: 'group:a&b=c' })).get('id')).toBe('group:a&b=c');
  });

  it('leaves defaults out: every relation, no dates, nothing expanded', () => {
    expect(encodeState({ ...emptyState(), id: putin, relations: [...EDGE_TYPES], expanded: [putin] })).toBe('?id=person:vladimir-putin');
    expect(encodeState(emptyState())).toBe('');
    expect(decodeState('')).toEqual(emptyState());
  });

  it('keeps "no relation at all" apart from "every relation"', () => {
    const none = decodeState(encodeState({ ...emptyState(), id: putin, relations: [] }));
    expect(none.relations).toEqual([]);
    expect(decodeState('?id=x').relations).toBeNull();
  });

  it('drops what is malformed instead of trusting it', () => {
    const state = decodeState('?id=%E0%A4%A&rel=ACCUSED,DROP_TABLE,ACCUSED&from=20220201&to=2022-13-01x&x=a,,a,b%20c,b&edge=a|NOPE|b&pf=&pt=' + 'z'.repeat(300));
    expect(state).toEqual({ ...emptyState(), relations: ['ACCUSED'], expanded: ['a', 'b'] });
  });

  it('drops an end date before the start date', () => {
    expect(decodeState('?from=2022-03-01&to=2022-02-01')).toMatchObject({ from: '2022-03-01', to: null });
  });

  it('accepts a leading # as well as ?', () => {
    expect(decodeState('#id=state:RUS').id).toBe('state:RUS');
  });

  it('parses edge ids made by edgeId, and nothing else', () => {
    expect(parseEdgeId(edge)).toEqual({ source: putin, type: 'ACCUSED', target: 'group:ukrainian-militants' });
    expect(parseEdgeId('a|ACCUSED')).toBeNull();
    expect(parseEdgeId('|ACCUSED|b')).toBeNull();
  });
});
