#!/usr/bin/env node
/**
 * Compiles the PETRARCH2 verb dictionary (../shared/data/petrarch2/CAMEO.2.0.txt, MIT, Open Event
 * Data Alliance) and our own additions in the same shape (src/extract/lexicon/data/own.verbs.txt,
 * whose blocks extend CAMEO's of the same name)
 * into src/extract/lexicon/data/verbs.compiled.json, with each CAMEO code mapped to a relation by
 * src/extract/lexicon/data/relations.codes.txt (checked against ../shared/eval/CAMEO2PLOVER-2021.txt).
 *
 *   node scripts/compile-verbs.js [SHARED_DIR]
 */
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const shared = path.resolve(process.argv[2] ?? process.env.SHARED_DIR ?? path.join(root, '..', 'shared'));
const dataDir = path.join(root, 'src/extract/lexicon/data');
const cameoFile = path.join(shared, 'data/petrarch2/CAMEO.2.0.txt');

const strip = (line) => line.replace(/#.*$/, '').trim();

/** Synonym sets: &NAME followed by +WORD lines. */
function readSynsets(lines) {
  const sets = {};
  let current;
  for (const raw of lines) {
    const line = strip(raw);
    if (line.startsWith('####### VERB PATTERNS')) break;
    if (line.startsWith('&')) current = sets[line.slice(1)] = [];
    else if (line.startsWith('+') && current) current.push(line.slice(1));
    else if (!line) current = current && current.length ? undefined : current;
  }
  return sets;
}

const code = (text) => {
  const m = /\[([^\]]*)\]/.exec(text);
  if (!m) return undefined;
  const c = m[1].trim();
  if (c === '---' || c === '') return null;
  const [active, passive] = c.split(':');
  return active ? active : passive ? `~${passive}` : null; // ~: the event runs from the object to the subject
};

/** One word of a pattern: exact ("CASH_"), else compared by lemma; "IS_TO" is two words. */
const word = (w) => (w.endsWith('_') ? `=${w.slice(0, -1).toLowerCase()}` : w.toLowerCase().replace(/_/g, ' '));

/**
 * The words before and after the verb ("*") of a pattern; `object`: how many words after it stand
 * outside parentheses before the first one, the words of its object ("* SUPPORT (FOR)": 1).
 */
function readPattern(body, sets) {
  const before = [];
  const after = [];
  let side = before;
  let object;
  const tokens = body.replace(/[{}()]/g, (c) => ` ${c} `).split(/\s+/).filter(Boolean);
  let phrase;
  for (const t of tokens) {
    if (t === '*') side = after;
    else if (t === '(' || t === ')') { if (side === after && object === undefined) object = after.length; }
    else if (t === '{') phrase = [];
    else if (t === '}') { if (phrase && phrase.length) side.push([phrase.join(' ')]); phrase = undefined; }
    else if (/^[$+%^|=@]$/.test(t)) continue;
    else if (t.startsWith('&')) {
      const alts = (sets[t.slice(1)] ?? []).map(word);
      if (!alts.length) return undefined;
      if (phrase) return undefined; // a set inside a phrase: rare, left out
      side.push(alts);
    } else {
      const w = t.replace(/^[$+%^]/, '');
      if (!w) continue;
      if (phrase) phrase.push(word(w).replace(/^=/, ''));
      else side.push([word(w)]);
    }
  }
  object ??= after.length;
  return object ? { before, after, object } : { before, after };
}

function readVerbs(file, sets, out) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  let i = lines.findIndex((l) => l.startsWith('####### VERB PATTERNS'));
  let block;
  for (i = i + 1; i < lines.length; i++) {
    const raw = lines[i];
    const line = strip(raw);
    if (!line) continue;
    const head = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/.exec(line);
    if (head) {
      block = head[1];
      out.blocks[block] = { code: code(`[${head[2]}]`) ?? null, patterns: [] };
      continue;
    }
    if (!block) continue;
    if (line.startsWith('- ')) {
      const c = code(line);
      if (c === undefined) continue;
      const p = readPattern(line.slice(2).replace(/\[.*$/, ''), sets);
      // the comment names the verb the pattern was written for ("# WELCOME" under ACCLAIM)
      const written = /#\s*([A-Z][A-Z-]*)\s*$/.exec(raw);
      if (p) out.blocks[block].patterns.push({ ...p, code: c, text: line.replace(/\s+/g, ' '), ...(written ? { writtenFor: written[1].toLowerCase() } : {}) });
      continue;
    }
    // a verb of the block: WORD, WORD {FORMS}, WORD [code], +WORD_PARTICLE {+FORMS} [code]
    const m = /^\+?([A-Z][A-Z-]*(?:_[A-Z-]+)*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line);
    if (!m) continue;
    const [base, ...particle] = m[1].toLowerCase().split('_');
    const entry = { block, code: m[3] ? code(m[3]) : undefined };
    if (particle.length) entry.particle = particle;
    (out.verbs[base] ??= []).push(entry);
    for (const f of (m[2] ?? '').replace(/[{}+]/g, ' ').split(/\s+/).filter(Boolean)) {
      const form = f.toLowerCase().split('_')[0];
      if (form !== base) out.forms[form] = base;
    }
  }
}

function readCodes(file) {
  const out = {};
  for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^(\d+):\s*([A-Z_]+)\s*(?:,\s*([a-z-]+))?\s*(?:;\s*([A-Z]+))?$/.exec(strip(raw));
    if (m) out[m[1]] = { relation: m[2], ...(m[3] ? { mode: m[3] } : {}), ...(m[4] ? { plover: m[4] } : {}) };
  }
  return out;
}

function readPlover(file) {
  const out = {};
  for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^(\d+):\s*([A-Z]+)/.exec(raw);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** The line of a table of CAMEO codes that a code takes: its longest listed prefix. */
function longestPrefix(table, code) {
  for (let k = code.length; k >= 2; k--) if (Object.prototype.hasOwnProperty.call(table, code.slice(0, k))) return table[code.slice(0, k)];
  return undefined;
}

/** The PLOVER category of a CAMEO code. */
function categoryOf(plover, c) {
  return c ? longestPrefix(plover, c.replace(/^~/, '')) : undefined;
}

/**
 * A pattern of prepositions only, written for one verb of a block ("- * (TO) [043:042] # WELCOME"
 * under ACCLAIM), whose code leaves the block's PLOVER category, holds for that verb only (`verb`):
 * "respect ... to" is no visit. A pattern with a content word ("* &INVESTIGATION", "COURT *")
 * names the event itself and keeps serving every verb of its block, as do refinements within
 * the block's category.
 */
function scopePatterns(blocks, plover, prepositions) {
  const functionOnly = (p) => [...p.before, ...p.after].every((alts) => alts.every((a) => prepositions.has(a)));
  for (const b of Object.values(blocks)) {
    const home = categoryOf(plover, b.code);
    for (const p of b.patterns) {
      const cat = categoryOf(plover, p.code);
      if (p.writtenFor && home && cat && cat !== home && functionOnly(p)) p.verb = p.writtenFor;
      delete p.writtenFor;
    }
  }
}

/**
 * Our blocks extend CAMEO's of the same name: their patterns are tried with CAMEO's (the longest
 * first, ours first among equals), their verbs join the block; a new name is a new block.
 */
function extend(out, own) {
  for (const [name, b] of Object.entries(own.blocks)) {
    const base = out.blocks[name];
    out.blocks[name] = base ? { code: b.code ?? base.code, patterns: [...b.patterns, ...base.patterns] } : b;
  }
  for (const [v, entries] of Object.entries(own.verbs)) {
    const have = out.verbs[v] ?? [];
    out.verbs[v] = [...have, ...entries.filter((e) => !have.some((h) => h.block === e.block && String(h.particle) === String(e.particle)))];
  }
  Object.assign(out.forms, own.forms);
}

function main() {
  const cameo = fs.readFileSync(cameoFile, 'utf8');
  const sets = readSynsets(cameo.split(/\r?\n/));
  const out = { blocks: {}, verbs: {}, forms: {} };
  readVerbs(cameoFile, sets, out);
  const ownFile = path.join(dataDir, 'own.verbs.txt');
  if (fs.existsSync(ownFile)) {
    const own = { blocks: {}, verbs: {}, forms: {} };
    readVerbs(ownFile, sets, own);
    extend(out, own);
  }
  const codes = readCodes(path.join(dataDir, 'relations.codes.txt'));
  const plover = readPlover(path.join(shared, 'eval/CAMEO2PLOVER-2021.txt'));
  const prepositions = new Set(JSON.parse(fs.readFileSync(path.join(dataDir, 'event.words.json'), 'utf8')).prepositions);
  scopePatterns(out.blocks, plover, prepositions);
  const notice = cameo.split(/\r?\n/).filter((l) => /^# (The MIT License|Copyright|Permission|this software|the Software|use, copy|copies of|subject to|The above|copies or|THE SOFTWARE|IMPLIED|FOR A|COPYRIGHT|IN AN|CONNECTION)/.test(l)).map((l) => l.slice(2)).join('\n');
  const compiled = {
    about: 'Compiled by scripts/compile-verbs.js from PETRARCH2 CAMEO.2.0.txt (openeventdata/petrarch2, MIT, notice below), src/extract/lexicon/data/own.verbs.txt and relations.codes.txt. Do not edit: edit the sources and run `npm run compile:verbs`.',
    notice,
    codes,
    plover,
    ...out,
  };
  fs.writeFileSync(path.join(dataDir, 'verbs.compiled.json'), `${JSON.stringify(compiled)}\n`);
  const patterns = Object.values(out.blocks).reduce((a, b) => a + b.patterns.length, 0);
  console.log(`verbs.compiled.json: ${Object.keys(out.verbs).length} verbs, ${Object.keys(out.blocks).length} blocks, ${patterns} patterns, ${Object.keys(codes).length} code lines`);
}

if (require.main === module) main();
module.exports = { readSynsets, readCodes, longestPrefix };
