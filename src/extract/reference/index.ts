/**
 * Reference knowledge: a pure, deterministic lookup over the data files in ./data (imported, never
 * read at run time). See ./types.ts for the shapes.
 *
 * Matching rules (lookupName, stateByDemonym, stateByCapital, nameIndex):
 * - text is normalised: diacritics folded ("Erdoğan" = "Erdogan"), typographic apostrophes and
 *   quotes made plain (’ = '), every hyphen/dash made a space ("Minsk-2" = "Minsk 2"), spaces collapsed;
 * - short all-caps acronyms ("US", "UK", "DPR", "NATO", "WHO") match case-sensitively;
 * - single-word names ("Kyiv", "Merkel", "Turkey", "May") must be written with a capital first
 *   letter, so common words ("turkey", "may", "polish") do not match; otherwise case-insensitive.
 */
import type {
  Office,
  ReferenceAgreement,
  ReferenceFormat,
  ReferenceGroup,
  ReferenceKnowledgeData,
  ReferenceOrganization,
  ReferencePerson,
  ReferencePlace,
  ReferenceState,
} from './types';

import rolesJson from './data/roles.json';
import statesJson from './data/states.json';
import peopleJson from './data/people.json';
import organizationsJson from './data/organizations.json';
import formatsJson from './data/formats.json';
import agreementsJson from './data/agreements.json';
import placesJson from './data/places.json';
import groupsJson from './data/groups.json';

export * from './types';

export type ReferenceKind = 'Person' | 'State' | 'Organization' | 'Group' | 'Format' | 'Agreement' | 'Place';

/** How a name matched its entry. */
export type NameMatch = 'name' | 'alias' | 'acronym' | 'demonym' | 'capital';

export interface ReferenceEntry {
  id: string;
  name: string;
  kind: ReferenceKind;
  /** ISO3 of the state for states, people, places and groups */
  country?: string;
  /** why the text matched (the best match when several apply) */
  match?: NameMatch;
}

export interface NameIndexItem {
  /** the name as written in the data */
  alias: string;
  /** normaliseName(alias), lower-cased unless the alias is case-sensitive */
  key: string;
  /** true for acronyms (exact case) */
  caseSensitive: boolean;
  /** true when the text must start with an upper-case letter (single-word names) */
  capitalized: boolean;
  entry: ReferenceEntry;
}

/** Error raised when the reference data is inconsistent. */
export class ReferenceDataError extends Error {
  constructor(
    readonly file: string,
    readonly entryId: string,
    readonly problem: string,
  ) {
    super(`reference data ${file}: ${entryId}: ${problem}`);
    this.name = 'ReferenceDataError';
  }
}

const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ð: 'd', Ð: 'D', ø: 'o', Ø: 'O', þ: 't', Þ: 'T', ß: 's', æ: 'a', Æ: 'A', œ: 'o', Œ: 'O', ħ: 'h', Ħ: 'H',
};
const APOSTROPHES = /['’‘ʼ`´′ʻ]/;
const DASHES = /[-‐‑‒–—―−]/;

/**
 * Length-preserving normalisation of text, one UTF-16 code unit in, one out: diacritics folded,
 * apostrophes made ASCII ', dashes and hyphens made spaces. Offsets in the result are offsets in
 * the input, so an extractor can scan normaliseText(article) against nameIndex() keys.
 * (Characters outside the BMP are left unchanged.)
 */
export function normalizeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += ch === '-' ? ' ' : ch === '`' ? "'" : ch;
      continue;
    }
    if (APOSTROPHES.test(ch)) out += "'";
    else if (DASHES.test(ch)) out += ' ';
    else if (ch === '\u00a0') out += ' ';
    else if (SPECIAL_LETTERS[ch]) out += SPECIAL_LETTERS[ch];
    else {
      const base = ch.normalize('NFD')[0]!;
      out += base.length === 1 && base.charCodeAt(0) < 0x250 ? base : ch;
    }
  }
  return out;
}

/** normalizeText, then whitespace collapsed and trimmed. */
export function normalizeName(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}

/** Short all-caps acronyms are matched case-sensitively: "US", "U.S.", "UK", "DPR", "NATO", "G7", "N4". */
export function isAcronym(alias: string): boolean {
  const compact = alias.replace(/[.&\s]/g, '');
  return compact.length >= 2 && compact.length <= 6 && /^[A-Z0-9]+$/.test(compact) && /[A-Z]/.test(compact);
}

function isSingleWord(norm: string): boolean {
  return !/\s/.test(norm);
}

function keyOf(alias: string): { key: string; caseSensitive: boolean; capitalized: boolean } {
  const norm = normalizeName(alias);
  if (isAcronym(alias)) return { key: norm, caseSensitive: true, capitalized: false };
  const capitalized = isSingleWord(norm) && /^[A-Z]/.test(norm);
  return { key: norm.toLowerCase(), caseSensitive: false, capitalized };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const MATCH_RANK: Record<NameMatch, number> = { name: 0, acronym: 1, alias: 2, capital: 3, demonym: 4 };
const KIND_RANK: Record<ReferenceKind, number> = {
  State: 0, Organization: 1, Person: 2, Group: 3, Format: 4, Agreement: 5, Place: 6,
};

/** Role text families understood by officeHolder. */
type RoleQuery =
  | { by: 'kind'; kind: Office['kind'] }
  | { by: 'role'; roles: string[] };

const FOREIGN_MINISTER_ROLES = new Set(rolesJson.foreignMinister);
const HEAD_OF_GOVERNMENT_ROLES = new Set(rolesJson.headOfGovernment);
const HEAD_OF_STATE_ROLES = new Set(rolesJson.headOfState);
const ROLE_SYNONYMS: Record<string, string[]> = rolesJson.synonyms;

function normRole(role: string): string {
  return normalizeName(role)
    .toLowerCase()
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function parseRole(roleText: string): RoleQuery {
  const r = normRole(roleText);
  if (FOREIGN_MINISTER_ROLES.has(r)) return { by: 'kind', kind: 'foreign_minister' };
  if (HEAD_OF_GOVERNMENT_ROLES.has(r)) return { by: 'kind', kind: 'head_of_government' };
  if (HEAD_OF_STATE_ROLES.has(r)) return { by: 'kind', kind: 'head_of_state' };
  const syn = ROLE_SYNONYMS[r];
  if (syn) return { by: 'role', roles: syn };
  return { by: 'role', roles: [r, `acting ${r}`] };
}

/** A role text officeHolder understands ("federal chancellor", "foreign minister", "taoiseach"). */
export function isRoleText(text: string): boolean {
  const r = normRole(text);
  return FOREIGN_MINISTER_ROLES.has(r) || HEAD_OF_GOVERNMENT_ROLES.has(r) || HEAD_OF_STATE_ROLES.has(r) || r in ROLE_SYNONYMS;
}

/** The text opens with a role text and goes on ("Federal Chancellor of Germany"). */
export function startsWithRoleText(text: string): boolean {
  const words = normRole(text).split(' ');
  for (let k = 1; k < words.length; k++) if (isRoleText(words.slice(0, k).join(' '))) return true;
  return false;
}

function officeMatches(office: Office, q: RoleQuery): boolean {
  if (q.by === 'kind') return office.kind === q.kind;
  return q.roles.includes(normRole(office.role));
}

function activeOn(office: Office, date: string): boolean {
  return office.from <= date && (office.to === undefined || date <= office.to);
}

export class ReferenceKnowledge {
  readonly states: readonly ReferenceState[];
  readonly people: readonly ReferencePerson[];
  readonly organizations: readonly ReferenceOrganization[];
  readonly formats: readonly ReferenceFormat[];
  readonly agreements: readonly ReferenceAgreement[];
  readonly places: readonly ReferencePlace[];
  readonly groups: readonly ReferenceGroup[];

  private readonly data: ReferenceKnowledgeData;
  private readonly entries = new Map<string, ReferenceEntry>();
  private readonly records = new Map<string, unknown>();
  private readonly iso3Index = new Map<string, ReferenceState>();
  private readonly index: NameIndexItem[] = [];
  /** key -> items, for case-insensitive keys */
  private readonly byKey = new Map<string, NameIndexItem[]>();
  /** exact normalised form -> items, for case-sensitive keys */
  private readonly byExactKey = new Map<string, NameIndexItem[]>();

  constructor(data: ReferenceKnowledgeData) {
    this.data = data;
    this.states = data.states;
    this.people = data.people;
    this.organizations = data.organizations;
    this.formats = data.formats;
    this.agreements = data.agreements;
    this.places = data.places;
    this.groups = data.groups;
    this.register();
    this.validate();
    this.buildIndex();
  }

  // ---------------------------------------------------------------- registration and validation

  private register(): void {
    const add = (file: string, prefix: string, kind: ReferenceKind, rec: { id: string; name: string }, country?: string) => {
      if (typeof rec.id !== 'string' || !rec.id.startsWith(prefix)) {
        throw new ReferenceDataError(file, String(rec.id), `id must start with "${prefix}"`);
      }
      if (this.entries.has(rec.id)) throw new ReferenceDataError(file, rec.id, 'duplicate id');
      if (typeof rec.name !== 'string' || rec.name.trim() === '') throw new ReferenceDataError(file, rec.id, 'missing name');
      const entry: ReferenceEntry = { id: rec.id, name: rec.name, kind };
      if (country) entry.country = country;
      this.entries.set(rec.id, entry);
      this.records.set(rec.id, rec);
    };
    for (const s of this.data.states) {
      add('states.json', 'state:', 'State', s, s.iso3);
      this.iso3Index.set(s.iso3, s);
    }
    for (const p of this.data.people) add('people.json', 'person:', 'Person', p, p.country);
    for (const o of this.data.organizations) add('organizations.json', 'org:', 'Organization', o);
    for (const f of this.data.formats) add('formats.json', 'format:', 'Format', f);
    for (const a of this.data.agreements) add('agreements.json', 'agreement:', 'Agreement', a);
    for (const p of this.data.places) add('places.json', 'place:', 'Place', p, p.country || undefined);
    for (const g of this.data.groups) add('groups.json', 'group:', 'Group', g, g.country);
  }

  private validate(): void {
    this.validateStates();
    this.validatePeople();
    for (const o of this.data.organizations) this.validateMembers('organizations.json', o);
    for (const fm of this.data.formats) {
      this.validateMembers('formats.json', fm);
      for (const org of fm.organizations ?? []) this.checkRef('formats.json', fm.id, 'organization', org, 'org:');
    }
    this.validateAgreements();
    for (const p of this.data.places) {
      checkStrings('places.json', p.id, 'aliases', p.aliases);
      // "" = not within one state (seas, straits)
      if (p.country !== '') this.checkState('places.json', p.id, 'country', p.country);
    }
    for (const g of this.data.groups) {
      checkStrings('groups.json', g.id, 'aliases', g.aliases);
      this.checkState('groups.json', g.id, 'country', g.country);
    }
  }

  private validateStates(): void {
    const f = 'states.json';
    for (const s of this.data.states) {
      if (!/^[A-Z]{3}$/.test(s.iso3)) throw new ReferenceDataError(f, s.id, `iso3 "${s.iso3}" must be 3 upper-case letters`);
      if (s.id !== `state:${s.iso3}`) throw new ReferenceDataError(f, s.id, `id must be "state:${s.iso3}"`);
      if (s.iso2 !== undefined && !/^[A-Z]{2}$/.test(s.iso2)) throw new ReferenceDataError(f, s.id, `iso2 "${s.iso2}" must be 2 upper-case letters`);
      if (!['member', 'observer', 'other'].includes(s.unStatus)) throw new ReferenceDataError(f, s.id, `unStatus "${s.unStatus}" is invalid`);
      checkStrings(f, s.id, 'aliases', s.aliases);
      checkStrings(f, s.id, 'demonyms', s.demonyms);
      checkStrings(f, s.id, 'capitals', s.capitals);
    }
  }

  private validatePeople(): void {
    const f = 'people.json';
    const kinds = ['head_of_state', 'head_of_government', 'foreign_minister', 'other'];
    for (const p of this.data.people) {
      checkStrings(f, p.id, 'aliases', p.aliases);
      this.checkState(f, p.id, 'country', p.country);
      if (!Array.isArray(p.offices)) throw new ReferenceDataError(f, p.id, 'offices must be an array');
      for (const o of p.offices) {
        const what = `office "${o.role}"`;
        if (!o.role) throw new ReferenceDataError(f, p.id, 'office without role');
        if (!kinds.includes(o.kind)) throw new ReferenceDataError(f, p.id, `${what}: kind "${o.kind}" is invalid`);
        if (!o.from) throw new ReferenceDataError(f, p.id, `${what}: missing from`);
        checkSpan(f, p.id, what, o.from, o.to);
        if (o.of.startsWith('org:')) this.checkRef(f, p.id, `${what} of`, o.of, 'org:');
        else this.checkState(f, p.id, `${what} of`, o.of);
      }
    }
  }

  /** An organisation's or a format's aliases and dated members. */
  private validateMembers(f: string, body: { id: string; aliases: string[]; members: { member: string; from?: string; to?: string }[] }): void {
    checkStrings(f, body.id, 'aliases', body.aliases);
    for (const m of body.members) {
      this.checkState(f, body.id, 'member', m.member);
      checkSpan(f, body.id, `membership of ${m.member}`, m.from, m.to);
    }
  }

  private validateAgreements(): void {
    const f = 'agreements.json';
    const paxIds = new Map<number, string>();
    for (const a of this.data.agreements) {
      checkStrings(f, a.id, 'aliases', a.aliases);
      checkDate(f, a.id, 'signed', a.signed);
      if (a.paxId !== undefined && (!Number.isInteger(a.paxId) || a.paxId <= 0)) throw new ReferenceDataError(f, a.id, `paxId ${a.paxId} must be a positive integer`);
      if (a.partOf !== undefined) this.checkRef(f, a.id, 'partOf', a.partOf, 'agreement:');
      for (const fmt of a.negotiatedIn ?? []) this.checkRef(f, a.id, 'negotiatedIn', fmt, 'format:');
      for (const party of a.parties) this.checkRef(f, a.id, 'party', party);
    }
    for (const a of this.data.agreements) {
      if (a.paxId === undefined) continue;
      const other = paxIds.get(a.paxId);
      if (other) throw new ReferenceDataError(f, a.id, `paxId ${a.paxId} also used by ${other}`);
      paxIds.set(a.paxId, a.id);
    }
  }

  private checkState(file: string, id: string, what: string, iso3: string): void {
    if (!this.iso3Index.has(iso3)) throw new ReferenceDataError(file, id, `${what} "${iso3}" is not a known state ISO3`);
  }

  private checkRef(file: string, id: string, what: string, target: string, prefix?: string): void {
    if (!this.entries.has(target)) throw new ReferenceDataError(file, id, `${what} "${target}" does not exist`);
    if (prefix && !target.startsWith(prefix)) throw new ReferenceDataError(file, id, `${what} "${target}" must be a ${prefix} id`);
  }

  // ---------------------------------------------------------------- name index

  private buildIndex(): void {
    const seen = new Set<string>();
    const add = (alias: string, id: string, match: NameMatch) => {
      const base = this.entries.get(id)!;
      const { key, caseSensitive, capitalized } = keyOf(alias);
      if (key === '') return;
      const dedupe = `${caseSensitive ? 'S' : 'I'}|${key}|${id}`;
      if (seen.has(dedupe)) return;
      seen.add(dedupe);
      const item: NameIndexItem = { alias, key, caseSensitive, capitalized, entry: { ...base, match } };
      this.index.push(item);
      const map = caseSensitive ? this.byExactKey : this.byKey;
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    };
    const aliasMatch = (a: string): NameMatch => (isAcronym(a) ? 'acronym' : 'alias');
    for (const s of this.data.states) {
      add(s.name, s.id, 'name');
      if (s.officialName) add(s.officialName, s.id, 'alias');
      for (const a of s.aliases) add(a, s.id, aliasMatch(a));
      for (const c of s.capitals) add(c, s.id, 'capital');
      for (const d of s.demonyms) add(d, s.id, 'demonym');
    }
    const simple = (list: ReadonlyArray<{ id: string; name: string; aliases: string[]; acronym?: string }>) => {
      for (const x of list) {
        add(x.name, x.id, 'name');
        if (x.acronym) add(x.acronym, x.id, 'acronym');
        for (const a of x.aliases) add(a, x.id, aliasMatch(a));
      }
    };
    simple(this.data.people);
    simple(this.data.organizations);
    simple(this.data.formats);
    simple(this.data.agreements);
    simple(this.data.places);
    simple(this.data.groups);
    // deterministic order: most specific first within each key
    const order = (a: NameIndexItem, b: NameIndexItem) =>
      MATCH_RANK[a.entry.match!] - MATCH_RANK[b.entry.match!] ||
      KIND_RANK[a.entry.kind] - KIND_RANK[b.entry.kind] ||
      (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);
    for (const list of this.byKey.values()) list.sort(order);
    for (const list of this.byExactKey.values()) list.sort(order);
    this.index.sort(
      (a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0) || order(a, b),
    );
  }

  // ---------------------------------------------------------------- public API

  /** The entry for an id ("state:RUS", "person:vladimir-putin"), or undefined. */
  byId(id: string): ReferenceEntry | undefined {
    const e = this.entries.get(id);
    return e ? { ...e } : undefined;
  }

  /** The full record (ReferenceState, ReferencePerson, ...) for an id, or undefined. */
  recordById(id: string): ReferenceState | ReferencePerson | ReferenceOrganization | ReferenceFormat | ReferenceAgreement | ReferencePlace | ReferenceGroup | undefined {
    return this.records.get(id) as never;
  }

  /** The state with this ISO 3166-1 alpha-3 code. */
  stateByIso3(iso3: string): ReferenceState | undefined {
    return this.iso3Index.get(iso3.toUpperCase());
  }

  /**
   * Entries whose name, alias, acronym, capital (metonym) or demonym is exactly `text` (after
   * normalisation; see the module doc for case rules). Surname-only person aliases resolve too.
   * Best matches first; one entry per id.
   */
  lookupName(text: string): ReferenceEntry[] {
    const norm = normalizeName(text);
    if (norm === '') return [];
    const found: NameIndexItem[] = [];
    const exact = this.byExactKey.get(norm);
    if (exact) found.push(...exact);
    const ci = this.byKey.get(norm.toLowerCase());
    if (ci) {
      const capitalizedQuery = /^[A-Z]/.test(norm);
      for (const item of ci) if (!item.capitalized || capitalizedQuery) found.push(item);
    }
    const byId = new Map<string, ReferenceEntry>();
    for (const item of found) {
      const prev = byId.get(item.entry.id);
      if (!prev || MATCH_RANK[item.entry.match!] < MATCH_RANK[prev.match!]) byId.set(item.entry.id, { ...item.entry });
    }
    return [...byId.values()].sort(
      (a, b) =>
        MATCH_RANK[a.match!] - MATCH_RANK[b.match!] ||
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  /** The state a demonym names ("Russian" -> RUS, "Ukrainians" -> UKR); undefined when unknown or ambiguous ("Congolese"). */
  stateByDemonym(word: string): ReferenceState | undefined {
    return this.uniqueState(word, (s) => s.demonyms) ?? (/s$/.test(word.trim()) ? this.uniqueState(word.trim().slice(0, -1), (s) => s.demonyms) : undefined);
  }

  /** The state whose capital (or seat of power: "Kremlin", "White House") is `word` ("Kiev" -> UKR). */
  stateByCapital(word: string): ReferenceState | undefined {
    return this.uniqueState(word, (s) => s.capitals);
  }

  private uniqueState(word: string, names: (s: ReferenceState) => string[]): ReferenceState | undefined {
    const key = normalizeName(word).toLowerCase();
    if (key === '') return undefined;
    const hits = this.data.states.filter((s) => names(s).some((n) => normalizeName(n).toLowerCase() === key));
    return hits.length === 1 ? hits[0] : undefined;
  }

  /**
   * Who held an office. roleText: "President", "Prime Minister"/"Premier"/"Head of Government",
   * "Chancellor"/"Federal Chancellor", "Foreign Minister"/"Minister of Foreign Affairs"/"Secretary of State"/
   * "Foreign Secretary", "Head of State", "Secretary General", "King", "Vice President", ...
   * country: ISO3 ("FRA") or an organisation ("org:NATO" or "NATO"); undefined = any, answered
   * only when exactly one person fits. date: ISO date; undefined = the latest holder.
   * On a hand-over day (one term's `to` = the next term's `from`) the incoming holder is returned.
   */
  officeHolder(roleText: string, countryIso3: string | undefined, date: string | undefined): ReferencePerson | undefined {
    const hits = this.officeHolders(roleText, countryIso3, date);
    if (hits.length === 0) return undefined;
    if (countryIso3 === undefined) {
      const ids = new Set(hits.map((h) => h.person.id));
      if (ids.size !== 1) return undefined;
    }
    return hits[0]!.person;
  }

  /** All (person, office) pairs matching, newest term first. */
  officeHolders(roleText: string, countryIso3: string | undefined, date: string | undefined): Array<{ person: ReferencePerson; office: Office }> {
    const q = parseRole(roleText);
    const of = countryIso3 === undefined ? undefined : this.resolveOf(countryIso3);
    if (countryIso3 !== undefined && of === undefined) return [];
    const out: Array<{ person: ReferencePerson; office: Office }> = [];
    for (const person of this.data.people) {
      for (const office of person.offices) {
        if (of !== undefined && office.of !== of) continue;
        if (!officeMatches(office, q)) continue;
        if (date !== undefined && !activeOn(office, date)) continue;
        out.push({ person, office });
      }
    }
    out.sort(
      (a, b) =>
        (a.office.from < b.office.from ? 1 : a.office.from > b.office.from ? -1 : 0) ||
        (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0),
    );
    if (date === undefined && out.length > 0) {
      // the latest holder(s): terms that began last, preferring ones still open
      const open = out.filter((h) => h.office.to === undefined);
      return open.length > 0 ? open : [out[0]!];
    }
    return out;
  }

  private resolveOf(x: string): string | undefined {
    const t = x.trim();
    if (t.startsWith('org:')) return this.entries.has(t) ? t : undefined;
    if (/^[A-Za-z]{3}$/.test(t) && this.iso3Index.has(t.toUpperCase())) return t.toUpperCase();
    if (this.entries.has(`org:${t.toUpperCase()}`)) return `org:${t.toUpperCase()}`;
    const hit = this.lookupName(t).find((e) => e.kind === 'State' || e.kind === 'Organization');
    if (!hit) return undefined;
    return hit.kind === 'State' ? hit.country : hit.id;
  }

  /**
   * Every name, alias, acronym, capital and demonym with its entry, longest first (ties by alias,
   * then best match), for a gazetteer / trie scan. Scan normalizeText(text) against `key`
   * (lower-cased text unless caseSensitive; for `capitalized` items require an upper-case first letter).
   */
  nameIndex(): Array<{ alias: string; entry: ReferenceEntry; key: string; caseSensitive: boolean; capitalized: boolean }> {
    return this.index.map((i) => ({ ...i, entry: { ...i.entry } }));
  }

  /** The data as loaded. */
  asData(): ReferenceKnowledgeData {
    return this.data;
  }
}

export const referenceData: ReferenceKnowledgeData = {
  states: statesJson as ReferenceState[],
  people: peopleJson as unknown as ReferencePerson[],
  organizations: organizationsJson as ReferenceOrganization[],
  formats: formatsJson as ReferenceFormat[],
  agreements: agreementsJson as ReferenceAgreement[],
  places: placesJson as ReferencePlace[],
  groups: groupsJson as ReferenceGroup[],
};

/** The default instance over ./data. */
export const reference = new ReferenceKnowledge(referenceData);

function checkDate(file: string, id: string, what: string, value: string | undefined): void {
  if (value !== undefined && !isIsoDate(value)) throw new ReferenceDataError(file, id, `${what} "${value}" is not an ISO date (YYYY-MM-DD)`);
}

function checkSpan(file: string, id: string, what: string, from?: string, to?: string): void {
  checkDate(file, id, `${what} from`, from);
  checkDate(file, id, `${what} to`, to);
  if (from !== undefined && to !== undefined && from > to) throw new ReferenceDataError(file, id, `${what}: from ${from} is after to ${to}`);
}

function checkStrings(file: string, id: string, what: string, list: unknown): void {
  if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.trim() === '')) {
    throw new ReferenceDataError(file, id, `${what} must be an array of non-empty strings`);
  }
}
