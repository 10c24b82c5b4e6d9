import { PLOVER_FIELDS, ploverLine, ploverRecord } from '../../src/export/plover';
import { ACCUSATION, CALL } from '../support/export-fixtures';

describe('PLOVER event records', () => {
  it('makes Putin’s accusation an ACCUSE record with the evidence sentence and the source', () => {
    expect(ploverRecord(ACCUSATION)).toEqual({
      event_id: 'event:e6b8a5bc89b917445d08',
      event_date: '2022-02-20',
      event_date_source: 'text',
      event_type: 'ACCUSE',
      event_mode: null,
      event_text: 'Thereupon, the Russian President highlighted that Ukrainian militants started the escalation.',
      relation: 'ACCUSED',
      negated: false,
      confidence: 0.7,
      actor_id: ['person:vladimir-putin'],
      actor_name: ['Vladimir Putin'],
      actor_kind: ['Person'],
      actor_country: ['RUS'],
      recipient_id: ['group:ukrainian-militants'],
      recipient_name: ['Ukrainian militants'],
      recipient_kind: ['Group'],
      recipient_country: ['UKR'],
      context_id: [],
      context_name: [],
      speaker: 'person:vladimir-putin',
      story_id: 'tdi-2022-02-21-putin-macron-call',
      story_date: '2022-02-21',
      source_publisher: 'The Diplomatic Insight (TDI)',
      source_url: null,
      sources: 1,
      source_urls: [],
      language: 'en',
    });
  });

  it('keeps actor and recipient lists aligned, with a null country where there is none, and the mode', () => {
    const r = ploverRecord(CALL);
    expect(r).toMatchObject({ event_type: 'CONSULT', event_mode: 'phone', relation: 'MET_WITH', sources: 2 });
    expect(r.recipient_name).toEqual(['Emmanuel Macron', 'North Atlantic Treaty Organization']);
    expect(r.recipient_country).toEqual(['FRA', null]);
    expect(r.context_name).toEqual(['security guarantees']);
    expect(r.source_urls).toEqual(['http://en.kremlin.ru/events/president/news/67828']);
    expect(r.event_text).toMatch(/^Moscow, 21 February 2022 \(TDI\)/);
  });

  it('writes every field on one line, in the documented order', () => {
    const line = ploverLine(CALL);
    expect(line.endsWith('\n')).toBe(true);
    expect(Object.keys(JSON.parse(line))).toEqual(PLOVER_FIELDS);
  });
});
