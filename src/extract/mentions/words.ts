import words from '../lexicon/data/mention.words.json';

/** Closed word classes the mention rules read, from lexicon/data/mention.words.json (each list documented there). Folded lower-case forms. */

/** Office titles, folded token sequences, longest first, with the role name the reference uses. */
export const ROLE_TITLES = words.roleTitles as [string[], string][];
export const TITLE_WORDS = new Set(words.titleWords);
export const ORG_HEADS = new Set(words.organisationHeads);
export const GROUP_HEADS = new Set(words.groupHeads);
export const GROUP_NOUNS = new Set(words.groupNouns);
export const STATE_AGENT_NOUNS = new Set(words.stateAgentNouns);
export const PRONOUNS_SINGULAR = new Set(words.pronounsSingular);
export const PRONOUNS_PLURAL = new Set(words.pronounsPlural);
export const PARTICIPANT_NOUNS = new Set(words.participantNouns);
