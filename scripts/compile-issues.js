#!/usr/bin/env node
/**
 * Compiles the Phoenix issue vocabulary (../shared/data/petrarch2/Phoenix.IssueCoding.txt, MIT,
 * Open Event Data) into src/extract/lexicon/data/issues.compiled.json: noun phrase -> issue
 * label ("nuclear n:plant [NUCLEAR_ENERGY]" -> "nuclear plant": "nuclear energy"). Verb entries
 * (v:) and exclusions (~) are left out: a topic is never a verb.
 *
 *   node scripts/compile-issues.js [SHARED_DIR]
 */
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const shared = path.resolve(process.argv[2] ?? process.env.SHARED_DIR ?? path.join(root, '..', 'shared'));
const dir = path.join(shared, 'data/petrarch2');
const phrases = {};
for (const raw of fs.readFileSync(path.join(dir, 'Phoenix.IssueCoding.txt'), 'utf8').split(/\r?\n/)) {
  const m = /^([^#~<\[][^\[]*?)\s*\[([A-Z_-]+)\]/.exec(raw.trim());
  if (!m || /\bv:/.test(m[1])) continue;
  const phrase = m[1].replace(/\bn:/g, '').replace(/\+/g, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!/^[a-z][a-z -]*$/.test(phrase)) continue;
  phrases[phrase] = m[2].replace(/^ID_/, '').toLowerCase().replace(/_/g, ' ');
}
const notice = fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8');
const out = { about: 'Compiled by scripts/compile-issues.js from PETRARCH2 Phoenix.IssueCoding.txt (MIT, notice below). Do not edit.', notice, phrases };
fs.writeFileSync(path.join(root, 'src/extract/lexicon/data/issues.compiled.json'), `${JSON.stringify(out)}\n`);
console.log(`issues.compiled.json: ${Object.keys(phrases).length} phrases`);
