import agentsJson from './data/agents.compiled.json';

/**
 * Role nouns of the Phoenix agents dictionary (compiled by scripts/compile-agents.js) with their
 * agent code. After a demonym, a government-side role ("German prosecutors", "Nigerian police")
 * stands for the state; another role ("Syrian rebels", "Iranian students") for a group of it.
 */
const AGENTS = (agentsJson as { agents: Record<string, string> }).agents;
const ONE_PERSON = new Set((agentsJson as { persons: string[] }).persons);
const STATE_SIDE = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

function codeOf(noun: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(AGENTS, noun) ? AGENTS[noun] : undefined;
}

/** A role that acts for its state. */
export function isStateAgent(noun: string): boolean {
  const c = codeOf(noun);
  return !!c && STATE_SIDE.has(c);
}

/** A role that makes a group of its country (not the people at large). */
export function isGroupAgent(noun: string): boolean {
  const c = codeOf(noun);
  return !!c && !STATE_SIDE.has(c) && c !== 'PPL';
}

/** A role noun that names one person, not a body ("leader", "spokesman"; not "government", "leaders"). */
export function namesOnePerson(noun: string): boolean {
  return ONE_PERSON.has(noun);
}
