import { ExportEdge, ExportEvent, ExportNode } from '../../src/model/export';

/** Values as the seed article (tdi-2022-02-21-putin-macron-call) puts them in the graph. */

export const PUTIN: ExportNode = {
  id: 'person:vladimir-putin',
  name: 'Vladimir Putin',
  kind: 'Person',
  labels: ['Actor', 'Entity', 'Person'],
  country: 'RUS',
  acronym: null,
  aliases: ['Putin', 'Vladimir Vladimirovich Putin', 'Vladimir V. Putin'],
  events: 14,
};

export const DPR: ExportNode = {
  id: 'group:donetsk-people-s-republic',
  name: 'Donetsk People’s Republic',
  kind: 'Group',
  labels: ['Actor', 'Entity', 'Group'],
  country: 'UKR',
  acronym: 'DPR',
  aliases: ['DNR', '"DPR", self-proclaimed'],
  events: 0,
};

export const ACCUSED_MILITANTS: ExportEdge = {
  source: 'person:vladimir-putin',
  target: 'group:ukrainian-militants',
  relation: 'ACCUSED',
  category: 'event',
  date: '2022-02-20',
  lastDate: '2022-02-20',
  events: 1,
  eventIds: ['event:e6b8a5bc89b917445d08'],
};

export const LEADER_OF: ExportEdge = {
  source: 'person:vladimir-putin',
  target: 'state:RUS',
  relation: 'LEADER_OF',
  category: 'structural',
  date: '2012-05-07',
  lastDate: null,
  events: 0,
  eventIds: [],
};

export const ACCUSATION: ExportEvent = {
  id: 'event:e6b8a5bc89b917445d08',
  relation: 'ACCUSED',
  plover: 'ACCUSE',
  mode: null,
  date: '2022-02-20',
  dateSource: 'text',
  negated: false,
  confidence: 0.7,
  sources: 1,
  by: [{ id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'Person', country: 'RUS' }],
  toward: [{ id: 'group:ukrainian-militants', name: 'Ukrainian militants', kind: 'Group', country: 'UKR' }],
  about: [],
  evidence: [
    {
      sentence: 'Thereupon, the Russian President highlighted that Ukrainian militants started the escalation.',
      start: 749,
      end: 842,
      speaker: 'person:vladimir-putin',
      article: { id: 'tdi-2022-02-21-putin-macron-call', publisher: 'The Diplomatic Insight (TDI)', url: null, title: null, published: '2022-02-21' },
    },
  ],
};

export const CALL: ExportEvent = {
  id: 'event:eeb31a0bf2161a219ef0',
  relation: 'MET_WITH',
  plover: 'CONSULT',
  mode: 'phone',
  date: '2022-02-20',
  dateSource: 'text',
  negated: false,
  confidence: 0.65,
  sources: 2,
  by: [{ id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'Person', country: 'RUS' }],
  toward: [
    { id: 'person:emmanuel-macron', name: 'Emmanuel Macron', kind: 'Person', country: 'FRA' },
    { id: 'org:NATO', name: 'North Atlantic Treaty Organization', kind: 'Organization', country: null },
  ],
  about: [{ id: 'topic:security-guarantees', name: 'security guarantees', kind: 'Topic', country: null }],
  evidence: [
    {
      sentence: 'Moscow, 21 February 2022 (TDI): Russian President, Vladimir Putin, held a telephonic dialogue with French President, Emmanuel Macron to discuss Ukraine and Russia conflict.',
      start: 0,
      end: 171,
      speaker: null,
      article: { id: 'tdi-2022-02-21-putin-macron-call', publisher: 'The Diplomatic Insight (TDI)', url: null, title: null, published: '2022-02-21' },
    },
    {
      sentence: 'Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.',
      start: 0,
      end: 86,
      speaker: null,
      article: { id: 'kremlin-67828', publisher: 'Kremlin', url: 'http://en.kremlin.ru/events/president/news/67828', title: 'Telephone conversation with President of France Emmanuel Macron', published: '2022-02-20' },
    },
  ],
};
