#!/usr/bin/env node
/**
 * Compiles the one-word role nouns of the Phoenix agents dictionary
 * (../shared/data/petrarch2/Phoenix.agents.txt, MIT, Open Event Data Alliance) into
 * src/extract/lexicon/data/agents.compiled.json: noun -> agent code ("prosecutor": "JUD",
 * "rebel": "REB"). After a demonym, a government-side agent (GOV, MIL, COP, JUD, LEG, SPY) stands
 * for its state ("German prosecutors"), any other for a group of that country ("Syrian rebels").
 * `persons`: the role nouns that name one person (WordNet), for "he" after "the French leader".
 *
 *   node scripts/compile-agents.js [SHARED_DIR]
 */
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const shared = path.resolve(process.argv[2] ?? process.env.SHARED_DIR ?? path.join(root, '..', 'shared'));
const file = path.join(shared, 'data/petrarch2/Phoenix.agents.txt');
const text = fs.readFileSync(file, 'utf8');
const agents = {};
for (const raw of text.split(/\r?\n/)) {
  const m = /^([A-Z][A-Z-]*)_?\s*(?:\{([^}]*)\})?\s*\[~([A-Z]{3})/.exec(raw.replace(/#.*$/, '').trim());
  if (!m) continue;
  agents[m[1].toLowerCase()] = m[3];
  for (const f of (m[2] ?? '').split(/\s+/).filter((x) => /^[A-Z-]+$/.test(x))) agents[f.toLowerCase()] = m[3];
}
// the role nouns (of the agents file, of our title heads and state-side nouns) that name one
// person, not a body: WordNet (via wink-lexicon) knows them as noun.person and never as noun.group
// ("leader", "spokesman", "ambassador"; not "government", "court", "guard")
const words = require(path.join(root, 'src/extract/lexicon/data/mention.words.json'));
const lexfiles = require('wink-lexicon/src/wn-senses.js');
const wordSenses = require('wink-lexicon/src/wn-word-senses.js');
const wnIndex = require('wink-lexicon/src/wn-words.js');
const lexfilesOf = (w) => (wordSenses[wnIndex[w]] ?? []).map((i) => lexfiles[i]);
const roleNouns = new Set([...Object.keys(agents), ...words.titleHeads, ...words.stateAgentNouns]);
const persons = [...roleNouns].filter((w) => lexfilesOf(w).includes('noun.person') && !lexfilesOf(w).includes('noun.group')).sort();
const notice = text.split(/\r?\n/).filter((l) => /^# (The MIT License|Copyright \(c\)|Permission|of this|in the|to use|copies|furnished|The above|all copies|THE SOFTWARE|IMPLIED|FITNESS|AUTHORS|LIABILITY|OUT OF|THE SOFTWARE\.)/.test(l)).map((l) => l.slice(2)).join('\n');
const out = { about: 'Compiled by scripts/compile-agents.js from PETRARCH2 Phoenix.agents.txt (MIT, notice below). Do not edit.', notice, agents, persons };
fs.writeFileSync(path.join(root, 'src/extract/lexicon/data/agents.compiled.json'), `${JSON.stringify(out)}\n`);
console.log(`agents.compiled.json: ${Object.keys(agents).length} role nouns, ${persons.length} of one person`);
