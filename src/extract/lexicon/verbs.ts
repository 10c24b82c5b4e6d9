import type { Mode, Relation } from '../types';

/**
 * One reading of a verb. A verb lists its readings in order; the first whose conditions hold wins.
 * `next`: one of these words must follow within two tokens ("call for", "focus on").
 * `object`: the head of what follows must be one of these noun lemmas ("exchange views").
 * `control`: takes an infinitive complement whose content is what the event is about
 * ("agreed to maintain contact", "refused to deploy").
 */
export interface VerbSense {
  relation: Relation;
  mode?: Mode;
  next?: string[];
  object?: string[];
  control?: boolean;
  /** only when an actor follows directly ("called President Zelensky", "welcomed the Chancellor") */
  actorObject?: boolean;
  /** not when the head of what follows is one of these ("sent greetings", "delivered a speech") */
  notObject?: string[];
}

/** Acts a leader signs alone. */
export const DOMESTIC_ACTS = ['order', 'decree', 'law', 'bill', 'act', 'resolution', 'instruction', 'directive', 'ukase', 'amendment', 'document'];

/** What is sent, delivered or provided in words: a message is no aid. */
export const COMMUNICATION_OBJECTS = [
  'greeting', 'greetings', 'message', 'letter', 'telegram', 'condolence', 'condolences', 'congratulation', 'congratulations',
  'invitation', 'note', 'signal', 'wish', 'wishes', 'speech', 'address', 'statement', 'report', 'briefing', 'update',
  'information', 'explanation', 'answer', 'reply', 'response', 'assessment', 'view', 'appeal', 'remark', 'lecture',
];

const R = (relation: Relation, extra: Partial<VerbSense> = {}): VerbSense => ({ relation, ...extra });

const EMPHASIS: VerbSense[] = [
  R('CALLED_FOR', { object: ['need', 'necessity', 'urgency', 'imperative'] }),
  R('SUPPORTED', { object: ['significance', 'importance', 'role', 'value', 'relevance', 'commitment', 'support'] }),
  R('WARNED', { object: ['risk', 'danger', 'threat', 'possibility', 'likelihood', 'consequence', 'inadmissibility'] }),
  R('EXPRESSED_CONCERN', { object: ['deterioration', 'escalation', 'tension', 'worsening', 'gravity', 'concern'] }),
];

const AID_OBJECTS = ['weapon', 'weaponry', 'arm', 'ammunition', 'aid', 'assistance', 'supply', 'equipment', 'medicine', 'food', 'fund', 'money', 'grant', 'loan', 'vaccine', 'missile', 'tank', 'drone', 'help', 'support', 'relief', 'humanitarian', 'military', 'financial', 'shipment', 'package', 'dollar', 'million', 'billion', 'ton'];
const FORCE_OBJECTS = ['troop', 'force', 'soldier', 'army', 'unit', 'reservist', 'battalion', 'warship', 'ship', 'patrol', 'police', 'division', 'brigade', 'personnel', 'peacekeeper'];

/** Verb lemma -> readings. Lemmas, so every inflection is covered by one entry. */
export const VERB_SENSES: Record<string, VerbSense[]> = {
  // CONSULT
  meet: [R('MET_WITH', { mode: 'meeting' })],
  talk: [R('MET_WITH', { next: ['with', 'to'] })],
  speak: [R('MET_WITH', { next: ['with', 'to', 'by'] })],
  confer: [R('MET_WITH')],
  consult: [R('MET_WITH')],
  negotiate: [R('MET_WITH', { control: false })],
  receive: [R('MET_WITH', { mode: 'meeting', actorObject: true })],
  host: [R('MET_WITH', { mode: 'visit', actorObject: true })],
  welcome: [R('MET_WITH', { mode: 'meeting', actorObject: true }), R('SUPPORTED')],
  mediate: [R('MET_WITH', { mode: 'third-party' })],
  phone: [R('MET_WITH', { mode: 'phone' })],
  telephone: [R('MET_WITH', { mode: 'phone' })],
  call: [
    R('CALLED_FOR', { next: ['for', 'on', 'upon'] }),
    R('CONCEDED', { next: ['off'] }),
    R('MET_WITH', { mode: 'phone', actorObject: true }),
  ],
  visit: [R('VISITED', { mode: 'visit' })],
  arrive: [R('VISITED', { mode: 'visit', next: ['in', 'at'] })],
  travel: [R('VISITED', { mode: 'visit', next: ['to'] })],
  tour: [R('VISITED', { mode: 'visit' })],
  discuss: [R('DISCUSSED')],
  debate: [R('DISCUSSED')],
  review: [R('DISCUSSED')],
  focus: [R('DISCUSSED', { next: ['on'] })],
  exchange: [R('DISCUSSED', { object: ['view', 'opinion', 'information', 'assessment', 'idea', 'greeting'] })],
  // AGREE
  agree: [R('AGREED', { control: true })],
  // signing a decree, an executive order or a law is a domestic act, not an agreement with anyone
  sign: [R('AGREED', { notObject: DOMESTIC_ACTS })],
  pledge: [R('AGREED', { control: true })],
  promise: [R('AGREED', { control: true })],
  vow: [R('AGREED', { control: true })],
  swear: [R('AGREED', { control: true })],
  commit: [R('AGREED', { control: true })],
  undertake: [R('AGREED', { control: true })],
  guarantee: [R('AGREED', { control: true })],
  offer: [R('AGREED', { control: true })],
  accept: [R('AGREED')],
  approve: [R('AGREED')],
  ratify: [R('AGREED')],
  reach: [R('AGREED', { object: ['agreement', 'deal', 'accord', 'understanding', 'consensus', 'compromise', 'settlement', 'arrangement'] })],
  conclude: [R('AGREED', { object: ['agreement', 'deal', 'treaty', 'accord', 'contract', 'pact'] })],
  // SUPPORT
  support: [R('SUPPORTED')],
  back: [R('SUPPORTED')],
  endorse: [R('SUPPORTED')],
  praise: [R('SUPPORTED')],
  commend: [R('SUPPORTED')],
  hail: [R('SUPPORTED')],
  applaud: [R('SUPPORTED')],
  defend: [R('SUPPORTED')],
  apologize: [R('SUPPORTED')],
  apologise: [R('SUPPORTED')],
  thank: [R('SUPPORTED')],
  congratulate: [R('SUPPORTED')],
  reaffirm: [R('SUPPORTED')],
  uphold: [R('SUPPORTED')],
  upgrade: [R('SUPPORTED')],
  recognize: [R('SUPPORTED')],
  recognise: [R('SUPPORTED')],
  emphasize: EMPHASIS,
  emphasise: EMPHASIS,
  stress: EMPHASIS,
  underline: EMPHASIS,
  underscore: EMPHASIS,
  highlight: EMPHASIS,
  mention: EMPHASIS,
  note: EMPHASIS,
  point: EMPHASIS,
  // COOPERATE
  cooperate: [R('COOPERATED')],
  coordinate: [R('COOPERATED')],
  collaborate: [R('COOPERATED')],
  extradite: [R('COOPERATED')],
  share: [R('COOPERATED', { object: ['information', 'intelligence', 'expertise', 'data', 'experience', 'knowledge', 'technology'] })],
  // AID
  send: [R('MOBILIZED', { object: FORCE_OBJECTS }), R('PROVIDED_AID', { notObject: COMMUNICATION_OBJECTS })],
  deliver: [R('PROVIDED_AID', { notObject: COMMUNICATION_OBJECTS })],
  donate: [R('PROVIDED_AID')],
  supply: [R('PROVIDED_AID')],
  provide: [R('PROVIDED_AID', { notObject: COMMUNICATION_OBJECTS })],
  grant: [R('PROVIDED_AID')],
  give: [R('PROVIDED_AID', { object: AID_OBJECTS })],
  fund: [R('PROVIDED_AID')],
  finance: [R('PROVIDED_AID')],
  allocate: [R('PROVIDED_AID')],
  transfer: [R('PROVIDED_AID', { object: AID_OBJECTS })],
  ship: [R('PROVIDED_AID', { object: AID_OBJECTS })],
  hand: [R('PROVIDED_AID', { next: ['over'] })],
  evacuate: [R('PROVIDED_AID')],
  assist: [R('PROVIDED_AID')],
  rescue: [R('PROVIDED_AID')],
  // CONCEDE
  ease: [R('CONCEDED')],
  lift: [R('CONCEDED')],
  release: [R('CONCEDED')],
  allow: [R('CONCEDED')],
  concede: [R('CONCEDED')],
  relax: [R('CONCEDED')],
  free: [R('CONCEDED')],
  pardon: [R('CONCEDED')],
  cancel: [R('CONCEDED')],
  yield: [R('CONCEDED')],
  reopen: [R('CONCEDED')],
  're-open': [R('CONCEDED')],
  // RETREAT
  withdraw: [R('RETREATED')],
  retreat: [R('RETREATED')],
  pull: [R('RETREATED', { next: ['back', 'out'] })],
  demobilize: [R('RETREATED')],
  demobilise: [R('RETREATED')],
  disarm: [R('RETREATED')],
  disengage: [R('RETREATED')],
  resign: [R('RETREATED')],
  // ACCUSE (PLOVER 0.5's INVESTIGATE is folded in)
  accuse: [R('ACCUSED')],
  blame: [R('ACCUSED')],
  allege: [R('ACCUSED')],
  charge: [R('ACCUSED', { next: ['with'] })],
  investigate: [R('ACCUSED')],
  probe: [R('ACCUSED')],
  inspect: [R('ACCUSED')],
  criticize: [R('CRITICIZED', { mode: 'disapprove' })],
  criticise: [R('CRITICIZED', { mode: 'disapprove' })],
  condemn: [R('CRITICIZED', { mode: 'disapprove' })],
  denounce: [R('CRITICIZED', { mode: 'disapprove' })],
  deplore: [R('CRITICIZED', { mode: 'disapprove' })],
  decry: [R('CRITICIZED', { mode: 'disapprove' })],
  slam: [R('CRITICIZED', { mode: 'disapprove' })],
  rebuke: [R('CRITICIZED', { mode: 'disapprove' })],
  castigate: [R('CRITICIZED', { mode: 'disapprove' })],
  censure: [R('CRITICIZED', { mode: 'disapprove' })],
  complain: [R('CRITICIZED', { mode: 'disapprove' })],
  summon: [R('CRITICIZED', { mode: 'disapprove' })],
  // REQUEST
  urge: [R('CALLED_FOR')],
  demand: [R('CALLED_FOR')],
  request: [R('CALLED_FOR')],
  ask: [R('CALLED_FOR')],
  appeal: [R('CALLED_FOR')],
  press: [R('CALLED_FOR', { next: ['for', 'on'] }), R('CALLED_FOR', { actorObject: true })],
  insist: [R('CALLED_FOR', { next: ['on', 'upon'] })],
  implore: [R('CALLED_FOR')],
  plead: [R('CALLED_FOR')],
  order: [R('CALLED_FOR', { actorObject: true }), R('MOBILIZED', { object: FORCE_OBJECTS })],
  seek: [R('CALLED_FOR')],
  // REJECT
  reject: [R('REJECTED')],
  refuse: [R('REJECTED', { control: true })],
  decline: [R('REJECTED', { control: true })],
  fail: [R('REJECTED', { control: true })],
  deny: [R('REJECTED')],
  dismiss: [R('REJECTED')],
  oppose: [R('REJECTED')],
  veto: [R('REJECTED')],
  renege: [R('REJECTED')],
  defy: [R('REJECTED')],
  rebuff: [R('REJECTED')],
  spurn: [R('REJECTED')],
  violate: [R('REJECTED')],
  rule: [R('REJECTED', { next: ['out'] })],
  // THREATEN
  warn: [R('WARNED')],
  threaten: [R('WARNED', { control: true })],
  caution: [R('WARNED')],
  // STATEMENT
  concern: [R('EXPRESSED_CONCERN')],
  worry: [R('EXPRESSED_CONCERN')],
  fear: [R('EXPRESSED_CONCERN')],
  // PROTEST
  protest: [R('PROTESTED')],
  demonstrate: [R('PROTESTED')],
  rally: [R('PROTESTED')],
  march: [R('PROTESTED')],
  riot: [R('PROTESTED')],
  picket: [R('PROTESTED')],
  boycott: [R('PROTESTED')],
  // MOBILIZE
  mobilize: [R('MOBILIZED')],
  mobilise: [R('MOBILIZED')],
  mass: [R('MOBILIZED')],
  deploy: [R('MOBILIZED')],
  reinforce: [R('MOBILIZED')],
  station: [R('MOBILIZED')],
  patrol: [R('MOBILIZED')],
  prepare: [R('MOBILIZED', { control: true })],
  // SANCTION
  sanction: [R('SANCTIONED')],
  expel: [R('SANCTIONED')],
  suspend: [R('SANCTIONED')],
  embargo: [R('SANCTIONED')],
  freeze: [R('SANCTIONED')],
  sever: [R('SANCTIONED')],
  downgrade: [R('SANCTIONED')],
  recall: [R('SANCTIONED', { object: ['ambassador', 'envoy', 'diplomat'] })],
  // COERCE
  detain: [R('COERCED')],
  arrest: [R('COERCED')],
  blockade: [R('COERCED')],
  seize: [R('COERCED')],
  confiscate: [R('COERCED')],
  demolish: [R('COERCED')],
  kidnap: [R('COERCED')],
  abduct: [R('COERCED')],
  hack: [R('COERCED')],
  prevent: [R('COERCED')],
  suppress: [R('COERCED')],
  deport: [R('COERCED')],
  disperse: [R('COERCED')],
  censor: [R('COERCED')],
  imprison: [R('COERCED')],
  jail: [R('COERCED')],
  ban: [R('COERCED')],
  block: [R('COERCED')],
  blow: [R('COERCED', { next: ['up'] })],
  destroy: [R('COERCED')],
  force: [R('COERCED')],
  intimidate: [R('COERCED')],
  harass: [R('COERCED')],
  annex: [R('COERCED')],
  hold: [R('COERCED', { object: ['hostage', 'captive', 'prisoner', 'shield'] })],
  // ASSAULT
  attack: [R('ATTACKED')],
  shell: [R('ATTACKED')],
  bomb: [R('ATTACKED')],
  bombard: [R('ATTACKED')],
  invade: [R('ATTACKED')],
  strike: [R('ATTACKED')],
  kill: [R('ATTACKED')],
  wound: [R('ATTACKED')],
  injure: [R('ATTACKED')],
  shoot: [R('ATTACKED')],
  assassinate: [R('ATTACKED')],
  murder: [R('ATTACKED')],
  massacre: [R('ATTACKED')],
  torture: [R('ATTACKED')],
  beat: [R('ATTACKED')],
  fight: [R('ATTACKED')],
  clash: [R('ATTACKED')],
  capture: [R('ATTACKED')],
  raid: [R('ATTACKED')],
  ambush: [R('ATTACKED')],
  storm: [R('ATTACKED')],
  occupy: [R('ATTACKED')],
  fire: [R('ATTACKED', { next: ['on', 'at', 'upon'] })],
};

/** Verbs that introduce reported speech when a clause follows ("highlighted that ..."). */
export const REPORTING_VERBS = new Set([
  'say', 'state', 'announce', 'note', 'highlight', 'stress', 'emphasize', 'emphasise', 'underline', 'underscore',
  'point', 'claim', 'add', 'report', 'tell', 'declare', 'affirm', 'assert', 'argue', 'explain', 'remark',
  'mention', 'observe', 'believe', 'insist', 'confirm', 'reiterate', 'indicate', 'suggest', 'maintain', 'allege', 'warn',
  'conclude',
]);

/** Verbs that carry a nominal event ("held talks", "expressed concern", "imposed sanctions"). */
export const LIGHT_VERBS = new Set([
  'hold', 'stage', 'launch', 'impose', 'express', 'voice', 'conduct', 'carry', 'make', 'pay', 'issue', 'reach',
  'have', 'organize', 'organise', 'start', 'begin', 'mount', 'announce', 'declare', 'reiterate', 'reaffirm',
  'renew', 'repeat', 'lodge', 'file', 'register', 'show', 'raise', 'continue', 'resume', 'intensify', 'open',
  'complete', 'step', 'unleash', 'provoke', 'instigate', 'initiate', 'commit', 'perpetrate', 'engage', 'offer',
  'extend', 'confirm', 'state', 'emphasize', 'emphasise', 'stress', 'underline', 'note', 'put',
]);

/** Verbs with an infinitive complement that are not events themselves ("tried to hack"). */
export const NEUTRAL_CONTROL_VERBS = new Set([
  'try', 'attempt', 'seek', 'continue', 'begin', 'start', 'decide', 'plan', 'want', 'intend', 'hope', 'aim', 'expect',
  'wish', 'need', 'help', 'manage', 'move', 'resolve', 'return', 'go', 'come', 'be', 'have', 'get',
]);
