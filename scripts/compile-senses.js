#!/usr/bin/env node
/**
 * Compiles our own verb readings (src/extract/lexicon/data/own.senses.txt, in the shape of
 * PETRARCH2's CAMEO.2.0.txt) and event nouns (own.nouns.txt) into own.senses.compiled.json, which
 * src/extract/lexicon/verbs.ts and nouns.ts load. Run by `npm run compile:verbs`. A reading may
 * name CAMEO.2.0.txt's synonym sets ("&CEASEFIRE") as well as ours.
 * A bad line stops the compilation with its file and line number.
 */
const fs = require('fs');
const path = require('path');
const { readSynsets, readCodes, longestPrefix } = require('./compile-verbs.js');

const dataDir = path.join(__dirname, '..', 'src', 'extract', 'lexicon', 'data');
const shared = path.resolve((require.main === module && process.argv[2]) || process.env.SHARED_DIR || path.join(__dirname, '..', '..', 'shared'));

// the synonym sets of PETRARCH2's CAMEO.2.0.txt ("&CEASEFIRE", "&PKO"), read as compile-verbs.js
// reads them, which our readings may name as well as their own; read once, when a reading names
// a set we do not define. "DETAILS_" (an exact form) reads "details", "UN_PEACEKEEPERS" "un peacekeepers".
let cameoSets;
function cameoSet(name) {
  if (!cameoSets) {
    const raw = readSynsets(fs.readFileSync(path.join(shared, 'data/petrarch2/CAMEO.2.0.txt'), 'utf8').split(/\r?\n/));
    cameoSets = Object.fromEntries(Object.entries(raw).map(([k, ws]) => [k, ws.map((w) => w.toLowerCase().replace(/_$/, '').replace(/_/g, ' '))]));
  }
  return Object.prototype.hasOwnProperty.call(cameoSets, name) ? cameoSets[name] : undefined;
}

function fail(file, n, msg) {
  throw new Error(`${path.basename(file)} line ${n}: ${msg}`);
}

/** Lines without comments, with their numbers; "&SET" blocks of "+WORD" lines gathered into sets. */
function readLines(file, sets) {
  const out = [];
  let set;
  fs.readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    const n = i + 1;
    if (!line) { set = undefined; return; }
    if (/^&[A-Z_a-z]+$/.test(line)) { set = line.slice(1); sets[set] = []; return; }
    if (line.startsWith('+')) {
      if (!set) fail(file, n, 'a "+WORD" line outside a "&SET" block');
      sets[set].push(line.slice(1).toLowerCase());
      return;
    }
    set = undefined;
    out.push({ line, n });
  });
  return out;
}

const RELATION = /\[([A-Z_]+|\d{2,4})(?:,\s*([a-z-]+))?\]\s*$/;

// a reading coded with a CAMEO code ("[057]") takes the relation relations.codes.txt gives the code
// (its longest listed prefix) and keeps the code, whose PLOVER category the event then carries
let codes;
function relationOfCode(code, file, n) {
  codes ??= readCodes(path.join(dataDir, 'relations.codes.txt'));
  return longestPrefix(codes, code) ?? fail(file, n, `no line of relations.codes.txt covers the code ${code}`);
}

function words(body, sets, file, n) {
  const out = [];
  for (const w of body.split('|')) {
    if (w.startsWith('&')) {
      const set = sets[w.slice(1)] ?? cameoSet(w.slice(1));
      if (!set) fail(file, n, `unknown set ${w} (neither ours nor CAMEO.2.0.txt's)`);
      out.push(...set);
    } else out.push(w.toLowerCase());
  }
  return out;
}

function readSense(line, sets, file, n) {
  const m = RELATION.exec(line);
  if (!m || !line.startsWith('- ')) fail(file, n, 'a reading is "- CONDITIONS [RELATION]", "[RELATION, mode]" or "[CAMEO code]"');
  const coded = /^\d/.test(m[1]) ? relationOfCode(m[1], file, n) : undefined;
  const sense = coded ? { ...coded, code: m[1] } : { relation: m[1] };
  if (m[2]) sense.mode = m[2];
  for (const c of line.slice(2, m.index).trim().split(/\s+/)) {
    if (c === '*') continue;
    if (c === 'ACTOR') sense.actorObject = true;
    else if (c === 'OF_ENTITY') sense.ofEntity = true;
    else if (c === 'TO_VERB') sense.control = true;
    else if (c === 'TO_HOSTILE') sense.control = sense.hostileComplement = true;
    else if (c === 'NO_OBJECT') sense.intransitive = true;
    else if (c === 'AFTER_TALK') sense.afterTalk = true;
    else if (/^!\{.+\}$/.test(c)) sense.notObject = words(c.slice(2, -1), sets, file, n);
    else if (/^\{.+\}$/.test(c)) sense.object = words(c.slice(1, -1), sets, file, n);
    else if (/^[A-Z-]+(\|[A-Z-]+)*$/.test(c)) sense.next = words(c, sets, file, n);
    else fail(file, n, `unknown condition ${c}`);
  }
  return sense;
}

function readSenses(file, sets) {
  const senses = {};
  let verb;
  for (const { line, n } of readLines(file, sets)) {
    const head = /^---\s+([A-Z][A-Z-]*)\s+---$/.exec(line);
    if (head) {
      verb = head[1].toLowerCase();
      if (senses[verb]) fail(file, n, `verb ${head[1]} listed twice`);
      senses[verb] = [];
    } else if (!verb) fail(file, n, 'a reading before any "--- VERB ---" line');
    else senses[verb].push(readSense(line, sets, file, n));
  }
  return senses;
}

function readNouns(file, sets) {
  const nouns = {};
  for (const { line, n } of readLines(file, sets)) {
    const m = /^([A-Z][A-Z-]*)\s+\[([A-Z_]+)(?:,\s*([a-z-]+))?\](\s+SINGULAR)?$/.exec(line);
    if (!m) fail(file, n, 'a noun is "NOUN [RELATION]" or "NOUN [RELATION, mode]", then SINGULAR when its plural names no act');
    nouns[m[1].toLowerCase()] = { relation: m[2], ...(m[3] ? { mode: m[3] } : {}), ...(m[4] ? { singular: true } : {}) };
  }
  return nouns;
}

function main() {
  const verbSets = {};
  const senses = readSenses(path.join(dataDir, 'own.senses.txt'), verbSets);
  const nounSets = {};
  const nouns = readNouns(path.join(dataDir, 'own.nouns.txt'), nounSets);
  const modeWords = {};
  for (const [name, ws] of Object.entries(nounSets)) if (name.startsWith('MODE_')) for (const w of ws) modeWords[w] = name.slice(5);
  const out = {
    about: 'Compiled by scripts/compile-senses.js from src/extract/lexicon/data/own.senses.txt and own.nouns.txt. Do not edit: edit the sources and run `npm run compile:verbs`.',
    senses,
    sets: verbSets,
    nouns,
    militaryStrike: nounSets.MILITARY_STRIKE ?? [],
    modeWords,
  };
  fs.writeFileSync(path.join(dataDir, 'own.senses.compiled.json'), JSON.stringify(out) + '\n');
  console.log(`own.senses.compiled.json: ${Object.keys(senses).length} verbs, ${Object.keys(nouns).length} nouns, ${Object.keys(verbSets).length} word sets`);
}

if (require.main === module) main();
module.exports = { readSenses, readNouns };
