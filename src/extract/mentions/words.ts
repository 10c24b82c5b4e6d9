/** Closed word classes the mention rules read. Folded lower-case forms. */

/** Office titles, folded token sequences, longest first, with the role name the reference uses. */
export const ROLE_TITLES: [string[], string][] = [
  [['minister', 'of', 'foreign', 'affairs'], 'Foreign Minister'],
  [['president', 'of', 'the', 'government'], 'Prime Minister'],
  [['secretary', 'of', 'state'], 'Secretary of State'],
  [['secretary', 'general'], 'Secretary General'],
  [['secretary-general'], 'Secretary General'],
  [['prime', 'minister'], 'Prime Minister'],
  [['foreign', 'minister'], 'Foreign Minister'],
  [['foreign', 'secretary'], 'Foreign Minister'],
  [['head', 'of', 'state'], 'Head of State'],
  [['head', 'of', 'government'], 'Head of Government'],
  [['president'], 'President'],
  [['chancellor'], 'Chancellor'],
  [['premier'], 'Prime Minister'],
  [['king'], 'King'],
  [['queen'], 'Queen'],
  [['emperor'], 'Emperor'],
];

/** Capitalised words that stand before a name as a title ("Special Representative Heidi Grau"). */
export const TITLE_WORDS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen', 'emperor', 'prince', 'princess',
  'emir', 'sheikh', 'sultan', 'representative', 'envoy', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson',
  'adviser', 'advisor', 'commissioner', 'chairman', 'chairwoman', 'chair', 'director', 'general', 'judge', 'senator',
  'governor', 'mayor', 'commander', 'colonel', 'lieutenant', 'speaker', 'deputy', 'vice', 'vice-president', 'leader',
  'pope', 'patriarch', 'archbishop', 'mr', 'mrs', 'ms', 'dr', 'special', 'high', 'chief', 'head', 'defence', 'defense',
  'foreign', 'prime', 'interior', 'finance', 'justice', 'economy', 'health', 'trade', 'energy', 'state', 'junior',
  'senior', 'first', 'lady', 'congressman', 'congresswoman', 'mp', 'coordinator', 'officer', 'secretary-general',
  'planning', 'investment', 'and', 'of', 'affairs', 'security', 'national', 'crown', 'grand', 'duke', 'marshal',
  'admiral', 'attorney', 'ombudsman', 'rapporteur', 'mediator', 'negotiator', 'delegate', 'major', 'captain',
]);

/** Head nouns that make a capitalised run an organisation ("Third World Water Forum"). */
export const ORG_HEADS = new Set([
  'organization', 'organisation', 'agency', 'council', 'committee', 'commission', 'commision', 'association',
  'union', 'forum', 'bank', 'fund', 'office', 'ministry', 'institute', 'court', 'tribunal', 'assembly', 'parliament',
  'alliance', 'federation', 'foundation', 'program', 'programme', 'cross', 'crescent', 'service', 'authority',
  'mission', 'corporation', 'company', 'network', 'watch', 'international', 'coalition', 'conference',
]);

/** Head nouns that make a capitalised run a non-state group ("Islamic Salvation Front"). */
export const GROUP_HEADS = new Set([
  'party', 'front', 'movement', 'army', 'tigers', 'brigade', 'brigades', 'militia', 'jihad', 'hamas', 'hezbollah',
  'taliban', 'qaeda', 'guard', 'battalion', 'legion',
]);

/** Plural nouns that with a demonym name a non-state group ("Ukrainian militants", "Afghan rebels"). */
export const GROUP_NOUNS = new Set([
  'militant', 'rebel', 'guerrilla', 'guerilla', 'insurgent', 'separatist', 'militiaman', 'militiamen', 'fighter',
  'extremist', 'activist', 'demonstrator', 'protester', 'protestor', 'youth', 'farmer', 'student', 'terrorist',
  'nationalist', 'radical', 'refugee', 'civilian', 'worker', 'opposition', 'dissident', 'kurd', 'jihadist',
  'supporter', 'nationals', 'citizen', 'resident', 'settler', 'militia', 'faction', 'gunman', 'gunmen', 'hardliner',
]);

/** Nouns that with a demonym stand for the state itself ("Hungarian officials", "the Russian side"). */
export const STATE_AGENT_NOUNS = new Set([
  'official', 'government', 'authority', 'authorities', 'force', 'troop', 'army', 'soldier', 'police', 'diplomat',
  'negotiator', 'leader', 'leadership', 'side', 'parliament', 'military', 'aircraft', 'navy', 'delegation',
  'embassy', 'ministry', 'regime', 'administration', 'cabinet', 'counterpart', 'colleague', 'partner', 'envoy',
  'ambassador', 'team', 'warplane', 'jet', 'helicopter', 'border', 'guard', 'court', 'judge', 'doctor', 'sides',
  'state', 'nation', 'people',
]);

export const PRONOUNS_SINGULAR = new Set(['he', 'she', 'him', 'her', 'his']);
export const PRONOUNS_PLURAL = new Set(['they', 'them', 'their']);

/** "both leaders", "the two presidents": the participants of the meeting at hand. */
export const PARTICIPANT_NOUNS = new Set([
  'leader', 'president', 'side', 'sides', 'head', 'party', 'counterpart', 'interlocutor', 'minister', 'chancellor',
  'participant', 'statesman',
]);
