import actorsJson from './lexicon/data/actors.compiled.json';
import mentionWords from './lexicon/data/mention.words.json';
import { entityRef, type EntityRef } from './mentions/mention';
import { isRoleText, reference, ReferenceKnowledge, startsWithRoleText } from './reference';
import type { ReferencePerson, ReferenceState } from './reference/types';
import type { EntityKind } from './types';
import { foldText } from './text/normalize';
import { tokenize } from './text/tokens';

/** What extraction needs from the reference knowledge, in folded-token form for fast scanning. */
export interface KnownEntity {
  id: string;
  name: string;
  kind: EntityKind;
  country?: string;
}

export interface GazetteerHit {
  entity: KnownEntity;
  /** number of tokens matched */
  length: number;
  /** the alias is written in capitals ("US", "NATO") and must match case exactly */
  exactCase: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entity?: KnownEntity;
  exact?: string[];
}

// Single words that are names of something but far more often ordinary words.
const AMBIGUOUS_SINGLE = new Set(mentionWords.ambiguousSingleNames);

// the Phoenix country entries' nationality nouns ("turk": "TUR"), compiled by scripts/compile-actors.js
const NATIONALS = (actorsJson as { nationals?: Record<string, string> }).nationals ?? {};

/** Reference knowledge folded for the scanner: a token trie over every alias, demonyms and capitals. */
export class Knowledge {
  private readonly root: TrieNode = { next: new Map() };
  private readonly demonyms = new Map<string, KnownEntity>();
  private readonly capitals = new Map<string, KnownEntity>();
  private readonly byIso2 = new Map<string, KnownEntity>();
  private readonly byIdMap = new Map<string, EntityRef>();
  private readonly people = new Map<string, ReferencePerson>();
  private readonly reference: ReferenceKnowledge = reference;

  constructor() {
    for (const s of reference.states as ReferenceState[]) {
      const e: KnownEntity = entityRef(s.id, s.name, 'State', s.iso3);
      this.byIdMap.set(e.id, e);
      for (const d of s.demonyms ?? []) if (!this.demonyms.has(foldText(d))) this.demonyms.set(foldText(d), e);
      for (const c of s.capitals ?? []) if (!this.capitals.has(foldText(c))) this.capitals.set(foldText(c), e);
      if (s.iso2) this.byIso2.set(s.iso2.toLowerCase(), e);
    }
    for (const p of reference.people as ReferencePerson[]) this.people.set(p.id, p);
    for (const { alias, entry } of reference.nameIndex()) {
      const e: KnownEntity = entityRef(entry.id, entry.name, entry.kind as EntityKind, entry.country);
      if (!this.byIdMap.has(e.id)) this.byIdMap.set(e.id, e);
      this.add(alias, this.byIdMap.get(e.id) ?? e);
    }
    for (const [cap, e] of this.capitals) this.add(cap.replace(/\b\w/g, (c) => c.toUpperCase()), e);
    this.addDictionaryActors();
  }

  /**
   * The Phoenix actor dictionaries (scripts/compile-actors.js), after the reference: a name the
   * reference knows keeps the reference's entity, and an entity of the same id is the reference's.
   * What only the dictionaries know is `unknown` to the graph (not loaded by migrate).
   */
  private addDictionaryActors(): void {
    for (const [alias, kind, id, name, country] of (actorsJson as { actors: string[][] }).actors) {
      // titles are read by date as their holder ("the Federal Chancellor of Germany"), never as a dictionary name
      if (isRoleText(alias) || (kind === 'State' && startsWithRoleText(alias))) continue;
      let e = this.byIdMap.get(id);
      if (!e) {
        e = entityRef(id, name, kind as EntityKind, country || undefined, true);
        this.byIdMap.set(id, e);
      }
      this.add(alias, e);
    }
  }

  private add(alias: string, entity: KnownEntity): void {
    const toks = tokenize(alias);
    if (toks.length === 0) return;
    const folded = toks.map((t) => t.lower);
    if (folded.length === 1 && AMBIGUOUS_SINGLE.has(folded[0])) return;
    // demonyms are modifiers, read by the title and group rules, not names
    if (folded.length === 1 && this.demonyms.has(folded[0]) && entity.kind === 'State') return;
    let node = this.root;
    for (const f of folded) {
      let n = node.next.get(f);
      if (!n) {
        n = { next: new Map() };
        node.next.set(f, n);
      }
      node = n;
    }
    if (node.entity) return; // first (longest, most canonical) wins
    node.entity = entity;
    const caps = alias.length <= 5 && alias === alias.toUpperCase() && /[A-Z]/.test(alias);
    if (caps) node.exact = toks.map((t) => t.text);
  }

  /** Longest alias starting at token i of `tokens`, respecting case for acronyms and proper-noun capitals. */
  match(tokens: { text: string; lower: string; upper: boolean }[], i: number): GazetteerHit | undefined {
    // every name opens with a capital ("the" aside); an acronym's capitals are matched exactly
    const first = tokens[i];
    if (!first || !(first.upper || first.lower === 'the')) return undefined;
    let node = this.root;
    let best: GazetteerHit | undefined;
    let anyUpper = false;
    for (let j = i; j < tokens.length; j++) {
      const n = node.next.get(tokens[j].lower);
      if (!n) break;
      node = n;
      anyUpper ||= tokens[j].upper;
      if (node.entity) {
        const len = j - i + 1;
        const ok = node.exact ? node.exact.every((t, k) => tokens[i + k].text === t) : anyUpper;
        if (ok) best = { entity: node.entity, length: len, exactCase: !!node.exact };
      }
    }
    return best;
  }

  /** The state of a demonym ("Russian" -> Russia), from the states' demonym lists folded at load. */
  demonym(folded: string): KnownEntity | undefined {
    return this.demonyms.get(folded);
  }

  /** The state of a nationality noun of the Phoenix dictionaries ("turk" -> Turkey), whose plural names its people. */
  national(folded: string): KnownEntity | undefined {
    const code = Object.prototype.hasOwnProperty.call(NATIONALS, folded) ? NATIONALS[folded] : undefined;
    return code ? (this.byIdMap.get(`state:${code}`) as KnownEntity | undefined) : undefined;
  }

  capital(folded: string): KnownEntity | undefined {
    return this.capitals.get(folded);
  }

  /** The state of a two-letter code ("ua"; ISO 3166-1 alpha-2, as country-code domains use it). */
  stateOfCode(iso2: string): KnownEntity | undefined {
    return this.byIso2.get(iso2.toLowerCase());
  }

  /** The entity of an id; `unknown` when only the dictionaries (not the reference) know it. */
  byId(id: string): EntityRef | undefined {
    return this.byIdMap.get(id);
  }

  person(id: string): ReferencePerson | undefined {
    return this.people.get(id);
  }

  /** Who held `role` (of state `iso3`, when given) on `date`. */
  officeHolder(role: string, iso3: string | undefined, date: string | undefined): KnownEntity | undefined {
    const p = this.reference.officeHolder(role, iso3, date) as ReferencePerson | undefined;
    return p ? this.byIdMap.get(p.id) ?? entityRef(p.id, p.name, 'Person', p.country) : undefined;
  }
}

let shared: Knowledge | undefined;

/** The process-wide knowledge, built on first use (a few milliseconds). */
export function knowledge(): Knowledge {
  if (!shared) shared = new Knowledge();
  return shared;
}
