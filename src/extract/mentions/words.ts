import words from '../lexicon/data/mention.words.json';

/** Closed word classes the mention rules read, from lexicon/data/mention.words.json (each list documented there). Folded lower-case forms. */

/** Office titles, folded token sequences, longest first, with the role name the reference uses. */
export const ROLE_TITLES = words.roleTitles as [string[], string][];
export const TITLE_WORDS = new Set(words.titleWords);
/** a relative's noun: "the wife of the President", "the President's wife" name the relative, not the holder */
export const RELATIVE_NOUNS = new Set(words.relativeNouns);
export const ORG_HEADS = new Set(words.organisationHeads);
export const MEDIA_HEADS = new Set(words.mediaHeads);
export const GROUP_HEADS = new Set(words.groupHeads);
export const GROUP_NOUNS = new Set(words.groupNouns);
export const STATE_AGENT_NOUNS = new Set(words.stateAgentNouns);
export const PRONOUNS_SINGULAR = new Set(words.pronounsSingular);
export const PRONOUNS_PLURAL = new Set(words.pronounsPlural);
export const PARTICIPANT_NOUNS = new Set(words.participantNouns);
export const NAME_PARTICLES = new Set(words.nameParticles);
export const COUNTRY_NOUNS = new Set(words.countryNouns);
/** nouns of a body's legal document ("the UN Charter"): the body before one modifies it */
export const DOCUMENT_HEADS = new Set(words.documentHeads);
const COUNTRY_OWNERS = new Map(Object.entries(words.countryOwners));

/** "his", "their": a possessive that with a country noun names the state of whom it stands for. */
export const isCountryOwner = (lower: string): boolean => COUNTRY_OWNERS.has(lower);

/** The pronoun a "his country" reference stands on ("he"); undefined for any other reference. */
export function countryOwner(ref: string | undefined): string | undefined {
  const [owner, noun] = (ref ?? '').split(' ');
  return noun !== undefined && COUNTRY_NOUNS.has(noun) ? COUNTRY_OWNERS.get(owner) : undefined;
}
