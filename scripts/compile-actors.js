#!/usr/bin/env node
/**
 * Compiles the Phoenix actor dictionaries of PETRARCH2 (../shared/data/petrarch2/
 * Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt;
 * MIT, Open Event Data Alliance) into src/extract/lexicon/data/actors.compiled.json, the second
 * tier of names after the reference knowledge (which wins wherever both know a name).
 *
 * An entry is a block: a name line, "+" synonym lines, and [CODE dates] codes (inline or on tab
 * lines). Its kind follows from its codes:
 * - a dated role ("[VENGOV >060901]", "[IGOUNO 950501-050430]"): a person, of the country of the
 *   latest role (none for an intergovernmental post);
 * - a three-letter code alone, dated or not: a country or a place in it (the reference has states): skipped;
 * - no dates, a state-side agent code (GOV, MIL, COP, JUD, LEG, SPY after the country: "FBI" USACOP):
 *   the state itself, as "German prosecutors" is;
 * - no dates otherwise: an organisation (IGO, NGO, business, media) or, in the non-state file or
 *   with an opposition or rebel code, a group, with the country of its code where there is one.
 * Names keep their words; a one-word name must not be an English word (WordNet, via wink-lexicon)
 * and a short one-word name is an acronym matched in capitals only.
 *
 *   node scripts/compile-actors.js [SHARED_DIR]
 */
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const shared = path.resolve(process.argv[2] ?? process.env.SHARED_DIR ?? path.join(root, '..', 'shared'));
const dir = path.join(shared, 'data/petrarch2');
const stateList = require(path.join(root, 'src/extract/reference/data/states.json'));
const states = new Set(stateList.map((s) => s.iso3));
const stateNames = new Set(stateList.flatMap((s) => [s.name, s.officialName, ...(s.aliases ?? [])]).filter(Boolean).map((x) => x.toLowerCase()));
const english = englishWords();
const STATE_SIDE = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
const GROUP_SIDE = new Set(['REB', 'INS', 'OPP', 'SEP', 'UAF', 'RAD', 'CRM']);
// the other agent codes of CAMEO: a body of the society, not of the state
const SOCIETY_SIDE = new Set(['BUS', 'MED', 'EDU', 'HLH', 'LAB', 'REF', 'HRI', 'ELI', 'CVL', 'REL', 'NGO', 'IGO', 'AGR', 'ENV', 'MNC', 'PTY', 'DEV', 'JEW', 'MOS', 'CHR']);

function englishWords() {
  const words = new Set();
  try {
    const lex = require('wink-lexicon/src/wn-words.js');
    for (const w of Array.isArray(lex) ? lex : Object.keys(lex)) words.add(String(w).toLowerCase());
  } catch { /* no WordNet list: one-word names are then kept only as acronyms */ }
  return words;
}

/** Blocks of a TABARI actor file: { names, codes: [{ code, from, to, dated }] }. */
function blocks(text) {
  const out = [];
  let cur;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '');
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([A-Z0-9~]+)\s*([<>]?[0-9]{6,8}(?:-[0-9]{6,8})?)?\]/g)].map((m) => codeOf(m[1], m[2]));
    const name = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(raw) && !name) {
      if (cur) cur.codes.push(...codes);
      continue;
    }
    if (name.startsWith('+')) {
      if (cur) {
        cur.names.push(name.slice(1));
        cur.codes.push(...codes);
      }
      continue;
    }
    // a name line with no codes of its own, followed by another name of the same person before the
    // codes, names that person ("GERALD_R._FORD_", "+PRESIDENT_FORD", ..., "GERALD_RUDOLPH_FORD");
    // a codeless name of another person stays apart (the files list some successors without codes)
    if (cur && !cur.codes.length && !codes.length && lastWord(cur.names[0]) === lastWord(name)) {
      cur.names.push(name);
      continue;
    }
    cur = { names: [name], codes };
    out.push(cur);
  }
  return out;
}

const lastWord = (raw) => raw.replace(/_+$/, '').split('_').pop();

function codeOf(code, dates) {
  // YYMMDD, or YYYYMMDD (some entries of the files; a seven-digit typo reads as its first six)
  const day = (d) => (d.length === 8 ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : `${Number(d.slice(0, 2)) >= 50 ? '19' : '20'}${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}`);
  if (!dates) return { code, dated: false };
  if (dates.startsWith('>')) return { code, from: day(dates.slice(1)), dated: true };
  if (dates.startsWith('<')) return { code, to: day(dates.slice(1)), dated: true };
  // a bare date ("[USAGOV 19820101]", two entries) reads as a start
  const [a, b] = dates.split('-');
  return b ? { code, from: day(a), to: day(b), dated: true } : { code, from: day(a), dated: true };
}

/**
 * "NICOLAS_MADURO_MOROS_" -> "Nicolas Maduro Moros"; "ACLU" stays, but a person's one word is a
 * surname ("PUTIN" -> "Putin"); undefined for what cannot be a name.
 */
function nameOf(raw, person = false) {
  const words = raw.replace(/_/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.some((w) => !/^[A-Z0-9][A-Z0-9.'&-]*$/i.test(w))) return undefined;
  if (words.length === 1) {
    const w = words[0];
    if (w.length <= 5 && !person) return /^[A-Z]{2,5}$/.test(w) ? w : undefined;
    return english.has(w.toLowerCase()) ? undefined : title(w);
  }
  return words.map(title).join(' ');
}

// the dictionaries' one-word acronyms ("UN", "EU"), kept in capitals inside longer names
let ACRONYMS = new Set();

function title(w) {
  return (/^[A-Z]{2,4}$/.test(w) && !/[AEIOU]/.test(w)) || ACRONYMS.has(w) ? w : w.toLowerCase().replace(/(^|[-.])(\p{L})/gu, (_, p, c) => p + c.toUpperCase());
}

const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const countryOf = (code) => (states.has(code.slice(0, 3)) ? code.slice(0, 3) : undefined);

/** The latest role: open-ended first, then by its end. */
function latest(codes) {
  const dated = codes.filter((c) => c.dated);
  return dated.sort((a, b) => (a.to ?? '9999').localeCompare(b.to ?? '9999'))[dated.length - 1];
}

/** [kind, id, name, country] of a block, or undefined when it is no actor of its own. */
function actorOf(b, file) {
  // a country (with its cities and spellings), also where its code changed over time
  if (!b.codes.length || b.codes.some((c) => /^~?[A-Z]{3}$/.test(c.code))) return undefined;
  const role = latest(b.codes);
  const name = nameOf(b.names[0], !!role) ?? b.names.map((n) => nameOf(n, !!role)).find(Boolean);
  if (!name) return undefined;
  if (role) return ['Person', `person:${slug(name)}`, name, countryOf(role.code)];
  const code = b.codes[0].code.replace(/^~/, '');
  const country = countryOf(code);
  const agent = country ? code.slice(3, 6) : '';
  if (country && STATE_SIDE.has(agent)) return ['State', `state:${country}`, undefined, country];
  if (file === 'MilNonState' || GROUP_SIDE.has(agent)) return ['Group', `group:${slug(name)}`, name, country];
  // in the country file, a code that names no agent is a territory or a region: no actor
  if (file === 'Countries' && !SOCIETY_SIDE.has(agent)) return undefined;
  return ['Organization', `org:${slug(name)}`, name, country];
}

const FUNCTION_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'de', 'la', 'al']);

// "May 15" (the 15 May Organization's alias) reads far more often as a date
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const CALENDAR_DATE = new RegExp(`^(${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})$`);

/**
 * An alias that describes rather than names: one that opens with "The" ("The Foundation"), a
 * calendar date ("May 15"), or of at most two words that are all common English ("Security
 * Council", "Armed Forces"), which many countries' bodies share. An acronym is a name, and so are
 * the words of a person's own name ("Hun Sen", "Henry Kissinger"; not "Secretary Kissinger").
 */
function descriptive(alias, ownName = '') {
  const words = alias.split(' ');
  if (words[0] === 'The' || CALENDAR_DATE.test(alias)) return true;
  const own = new Set(ownName.split(' '));
  if (words.every((w) => own.has(w))) return false;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  return content.length <= 2 && content.every((w) => !/^[A-Z]{2,5}$/.test(w) && english.has(w.toLowerCase()));
}

/** Surnames (last words of multi-word person names) borne by one person only: the one-word aliases kept. */
function uniqueSurnames(entries) {
  const bearers = new Map();
  for (const [kind, id, name] of entries) {
    if (kind !== 'Person' || !name.includes(' ')) continue;
    const last = name.split(' ').pop().toLowerCase();
    (bearers.get(last) ?? bearers.set(last, new Set()).get(last)).add(id);
  }
  return new Set([...bearers].filter(([, ids]) => ids.size === 1).map(([w]) => w));
}

const actors = [];
const seen = new Set();
let notice = '';
const entries = [];
const nationals = {};
for (const file of ['Countries', 'International', 'MilNonState']) {
  const text = fs.readFileSync(path.join(dir, `Phoenix.${file}.actors.txt`), 'utf8');
  if (!notice) notice = text.split(/\r?\n/).filter((l) => /^# (The MIT License|Copyright \(c\)|Permission|of this|in the|to use|copies|furnished|The above|all copies|THE SOFTWARE|IMPLIED|FITNESS|AUTHORS|LIABILITY|OUT OF)/.test(l)).map((l) => l.slice(2)).join('\n');
  for (const b of blocks(text)) {
    const a = actorOf(b, file);
    if (a) entries.push([...a, b.names]);
    else if (file === 'Countries') addNationals(b);
  }
}

/**
 * A state's block lists its nationality nouns among its spellings and cities ("+TURK_", "+DANE_",
 * "+POLE_", "+SCOT_"): the one-word synonyms that English knows as words and that open as another
 * of the block's names does ("turk"/"turkey", "scot"/"scotland"; not "kabul", "sydney"). Their
 * plurals name its people ("Turks").
 */
function addNationals(b) {
  const code = b.codes[0]?.code.replace(/^~/, '');
  if (!code || !/^[A-Z]{3}$/.test(code) || !states.has(code)) return;
  const words = b.names.map((raw) => raw.replace(/_+$/, '').toLowerCase());
  for (const w of words.slice(1)) {
    const kin = words.some((o) => o !== w && o.slice(0, 3) === w.slice(0, 3));
    // a name of a state itself ("America", "Russia") is no nationality noun ("the Americas")
    if (/^[a-z]+$/.test(w) && english.has(w) && kin && !stateNames.has(w) && !(w in nationals)) nationals[w] = code;
  }
}
const surnames = uniqueSurnames(entries);
// one-word aliases the dictionary lists for a person itself ("NICOLAS_MADURO", "+MADURO"): the
// coders' own reading of that name, kept where no other person is listed with it
const listedBy = new Map();
for (const [kind, id, , , names] of entries) {
  if (kind !== 'Person') continue;
  for (const n of names.slice(1)) {
    const a = nameOf(n, true);
    if (a && !a.includes(' ')) (listedBy.get(a.toLowerCase()) ?? listedBy.set(a.toLowerCase(), new Set()).get(a.toLowerCase())).add(id);
  }
}
const listedOnce = (key) => listedBy.get(key)?.size === 1;
// a person's one-word name is a surname, not an acronym ("PUTIN")
const nonPersons = entries.filter((e) => e[0] !== 'Person');
ACRONYMS = new Set(nonPersons.flatMap((e) => e[4]).map((n) => n.replace(/_/g, ' ').trim()).filter((n) => /^[A-Z]{2,5}$/.test(n)));
for (const e of entries) if (e[2]) e[2] = nameOf(e[4][0], e[0] === 'Person') ?? e[2];
for (const [kind, id, name, country, names] of entries) {
  const person = kind === 'Person';
  for (const alias of new Set(names.map((n) => nameOf(n, person)).filter(Boolean))) {
    const key = alias.toLowerCase();
    // the first entry of a name wins, as in PETRARCH
    if (seen.has(key) || descriptive(alias, person ? name : '')) continue;
    // a person's one-word alias only where it is the surname of that person alone ("Karzai", not
    // "Hassan"), or listed for that person alone ("+MADURO", though Ricardo Maduro shares it)
    if (person && !alias.includes(' ') && !surnames.has(key) && !listedOnce(key)) continue;
    seen.add(key);
    actors.push([alias, kind, id, name ?? '', country ?? '']);
  }
}
const out = {
  about: 'Compiled by scripts/compile-actors.js from PETRARCH2 Phoenix.{Countries,International,MilNonState}.actors.txt (MIT, notice below). Do not edit. Rows: alias, kind, id, name, country. Nationals: a state\'s nationality nouns ("turk": "TUR").',
  notice,
  actors,
  nationals,
};
fs.writeFileSync(path.join(root, 'src/extract/lexicon/data/actors.compiled.json'), `${JSON.stringify(out)}\n`);
const kinds = {};
for (const a of actors) kinds[a[1]] = (kinds[a[1]] ?? 0) + 1;
console.log(`actors.compiled.json: ${actors.length} names (${Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(', ')}), ${Object.keys(nationals).length} nationality nouns`);
