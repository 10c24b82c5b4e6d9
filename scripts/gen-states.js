#!/usr/bin/env node
/**
 * One-off generator for src/extract/reference/data/states.json.
 *
 * Base data (ISO codes, names, capitals, demonyms) comes from the `world-countries` devDependency;
 * the OVERRIDES table below hand-fixes names, aliases, demonyms and capitals for news usage.
 * Re-run with `node scripts/gen-states.js`; the output is deterministic (sorted by iso3).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const countries = require('world-countries');

const OUT = path.join(__dirname, '..', 'src', 'extract', 'reference', 'data', 'states.json');

/** Non-member states included besides the 193 UN members. */
const EXTRA = {
  VAT: { unStatus: 'observer' },
  PSE: { unStatus: 'observer' },
  UNK: { unStatus: 'other' }, // Kosovo: world-countries uses "UNK"; we use the common user-assigned code XKX
  TWN: { unStatus: 'other' },
};

/** Capitals that collide with common words or other referents; never used as metonyms. */
const CAPITAL_BLOCKLIST = new Set([
  'Victoria', 'Malé', 'Kingston', 'Kingstown', 'Georgetown', "Saint John's", "St. George's", 'Praia',
  'Moroni', 'Jerusalem', 'Ramallah', 'Brussels', 'Washington D.C.', 'Bloemfontein', 'Cape Town',
  'City of San Marino', 'Vatican City', 'South Tarawa', 'Ngerulmud',
]);

/** Alternative spellings from world-countries kept even though they do not look like a formal name. */
const ALT_KEEP = new Set([
  'UAE', 'Emirates', 'DRC', 'DR Congo', 'Congo-Kinshasa', 'Congo-Brazzaville', 'Congo', 'Burma', 'Swaziland',
  'East Timor', 'Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire", 'Holland', 'The Netherlands', 'Bosnia-Herzegovina',
  'Macedonia', 'DPRK', 'Viet Nam', 'Brunei Darussalam', 'Turkiye', 'Chinese Taipei', 'RSA', 'Rumania',
  'Maldive Islands', 'Vatican', 'Great Britain', 'UK', 'USA', 'Saudi', 'Lao',
]);
const ALT_FORMAL = /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|Confederation|Duchy|Sultanate|Federated|Emirates)\b/;

/**
 * Hand overrides by world-countries cca3.
 * name/officialName/iso3 replace; aliases/demonyms/capitals are added (after the base), and the
 * `drop*` lists remove base values.
 */
const OVERRIDES = {
  USA: {
    aliases: ['US', 'U.S.', 'the US', 'the U.S.', 'U.S.A.', 'USA', 'United States of America', 'America', 'the United States'],
    capitals: ['Washington', 'Washington, D.C.', 'Washington DC', 'White House'],
  },
  GBR: {
    aliases: ['UK', 'U.K.', 'the UK', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
    demonyms: ['Briton'],
    capitals: ['Downing Street'],
  },
  RUS: { aliases: ['Russian Federation', 'the Russian Federation'], capitals: ['Kremlin', 'the Kremlin'] },
  UKR: { capitals: ['Kiev'] },
  BLR: { aliases: ['Belorussia', 'Byelorussia'], demonyms: ['Belarussian', 'Byelorussian'] },
  FRA: { capitals: ['Élysée', 'Elysee Palace'] },
  DEU: { capitals: [] },
  CHN: { aliases: ['PRC', "People's Republic of China", 'mainland China'], capitals: ['Peking'] },
  TWN: { aliases: ['Republic of China', 'ROC', 'Chinese Taipei'], dropAliases: ['Taiwan'] },
  TUR: { name: 'Turkey', aliases: ['Türkiye', 'Turkiye', 'Republic of Turkey'] },
  CZE: { aliases: ['Czech Republic'] },
  CIV: { name: "Côte d'Ivoire", aliases: ['Ivory Coast'], capitals: ['Abidjan'] },
  CPV: { name: 'Cabo Verde', aliases: ['Cape Verde'], demonyms: ['Cape Verdean'], dropDemonyms: ['Cape Verdian'] },
  COD: { name: 'Democratic Republic of the Congo', aliases: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'] },
  COG: { name: 'Republic of the Congo', aliases: ['Congo', 'Congo-Brazzaville'] },
  SWZ: { aliases: ['Swaziland'], capitals: ['Mbabane'] },
  MMR: { aliases: ['Burma'], capitals: ['Naypyitaw', 'Nay Pyi Taw'] },
  MKD: { aliases: ['Macedonia', 'Former Yugoslav Republic of Macedonia', 'FYROM'] },
  VAT: {
    iso3: 'VAT', name: 'Holy See', officialName: 'Holy See',
    aliases: ['Vatican', 'Vatican City', 'Vatican City State', 'the Vatican'], demonyms: [], dropDemonyms: ['Vatican'],
  },
  PSE: { aliases: ['State of Palestine', 'Palestinian Authority'] },
  UNK: { iso3: 'XKX', capitals: ['Prishtina'], demonyms: ['Kosovan'] },
  KOR: { aliases: ['ROK', 'Republic of Korea'] },
  PRK: { aliases: ['DPRK', "Democratic People's Republic of Korea"] },
  IRN: { capitals: ['Teheran'] },
  SAU: { demonyms: ['Saudi'] },
  ARE: { aliases: ['UAE', 'U.A.E.', 'Emirates'] },
  KAZ: { capitals: ['Nur-Sultan'], demonyms: ['Kazakh'] },
  UZB: { demonyms: ['Uzbek'] },
  KGZ: { aliases: ['Kirghizia'], demonyms: ['Kyrgyz'], dropDemonyms: ['Kirghiz'] },
  TJK: { demonyms: ['Tajik'], dropDemonyms: ['Tadzhik'] },
  MDA: { capitals: ['Kishinev'] },
  MNG: { capitals: ['Ulaanbaatar'] },
  NLD: { aliases: ['Holland', 'The Netherlands'] },
  CHE: { capitals: ['Berne'] },
  BOL: { capitals: ['La Paz'] },
  BDI: { capitals: ['Bujumbura'] },
  BEN: { capitals: ['Cotonou'] },
  MYS: { capitals: ['Putrajaya'] },
  LKA: { capitals: [] },
  VNM: { aliases: ['Viet Nam'] },
  LAO: { aliases: ['Lao PDR'] },
  SVN: { demonyms: ['Slovenian'] },
  PHL: { demonyms: ['Philippine'] },
  ECU: { demonyms: ['Ecuadorian'] },
  MDV: { demonyms: ['Maldivian'], dropDemonyms: ['Maldivan'] },
  COM: { demonyms: ['Comorian'], dropDemonyms: ['Comoran'] },
  SUR: { demonyms: ['Surinamese'] },
  DJI: { demonyms: ['Djiboutian'], dropDemonyms: ['Djibouti'] },
  DMA: { dropDemonyms: ['Dominican'] }, // "Dominican" in news is almost always the Dominican Republic
  TLS: { aliases: ['East Timor'], demonyms: ['Timorese'] },
  BIH: { aliases: ['Bosnia', 'Bosnia-Herzegovina'] },
  GEO: {},
  SYR: {},
  ISR: {},
  BGD: {},
  YEM: { capitals: ['Sanaa'] },
};

function latin(s) {
  return /^[\x20-\x7E\u00C0-\u024F\u2019]+$/.test(s);
}
function uniq(list) {
  const seen = new Set();
  const out = [];
  for (const x of list) {
    const k = x.toLowerCase();
    if (!x || seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

const picked = countries.filter((c) => (c.unMember && c.cca3 !== 'VAT') || EXTRA[c.cca3]);
const states = picked.map((c) => {
  const o = OVERRIDES[c.cca3] || {};
  const iso3 = o.iso3 || c.cca3;
  const name = o.name || c.name.common;
  const officialName = o.officialName || c.name.official;
  const baseAliases = [c.name.common, officialName, ...c.altSpellings].filter(
    (a) => a.length >= 3 && !a.includes(',') && latin(a) && (ALT_FORMAL.test(a) || ALT_KEEP.has(a) || a === c.name.common || a === officialName),
  );
  const aliases = uniq([...baseAliases, ...(o.aliases || [])]).filter(
    (a) => a !== name && !(o.dropAliases || []).includes(a),
  );
  const eng = (c.demonyms && c.demonyms.eng) || {};
  const baseDemonyms = [eng.m, eng.f]
    .filter(Boolean)
    .flatMap((d) => d.split(/,\s*| or /))
    .map((d) => d.trim());
  const demonyms = uniq([...baseDemonyms, ...(o.demonyms || [])]).filter((d) => !(o.dropDemonyms || []).includes(d));
  const capitals = uniq([...(c.capital || []), ...(o.capitals || [])]).filter(
    (k) => !CAPITAL_BLOCKLIST.has(k) && k !== name && !aliases.includes(k),
  );
  const unStatus = EXTRA[c.cca3] ? EXTRA[c.cca3].unStatus : 'member';
  return {
    id: `state:${iso3}`,
    iso3,
    iso2: c.cca2,
    name,
    officialName,
    aliases,
    demonyms,
    capitals,
    unStatus,
  };
});
states.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
const members = states.filter((s) => s.unStatus === 'member').length;
if (members !== 193) throw new Error(`expected 193 UN members, got ${members}`);
fs.writeFileSync(OUT, JSON.stringify(states, null, 2) + '\n');
console.log(`wrote ${states.length} states (${members} UN members) to ${path.relative(process.cwd(), OUT)}`);
