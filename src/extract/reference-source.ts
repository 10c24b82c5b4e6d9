import agreements from './reference/data/agreements.json';
import formats from './reference/data/formats.json';
import groups from './reference/data/groups.json';
import organizations from './reference/data/organizations.json';
import people from './reference/data/people.json';
import places from './reference/data/places.json';
import states from './reference/data/states.json';
import type { ReferenceKnowledgeData, ReferencePerson, ReferenceState } from './reference/types';

/** The part of the reference knowledge's API that extraction uses. */
export interface ReferenceApi {
  states: ReferenceState[];
  people: ReferencePerson[];
  nameIndex(): { alias: string; entry: { id: string; name: string; kind: string; country?: string } }[];
  stateByDemonym(word: string): ReferenceState | undefined;
  officeHolder(role: string, iso3: string | undefined, date: string | undefined): ReferencePerson | undefined;
}

/**
 * The reference knowledge: `reference` from ./reference when that module is present, else a
 * minimal reading of its data files (the same JSON), so extraction works while it is written.
 */
export function loadReference(): ReferenceApi {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = require('./reference') as { reference?: ReferenceApi };
    if (mod.reference) return mod.reference;
  } catch {
    /* fall through to the data files */
  }
  return fromData({ states, people, organizations, formats, agreements, places, groups } as unknown as ReferenceKnowledgeData);
}

function fromData(d: ReferenceKnowledgeData): ReferenceApi {
  const index: { alias: string; entry: { id: string; name: string; kind: string; country?: string } }[] = [];
  const add = (names: (string | undefined)[], entry: { id: string; name: string; kind: string; country?: string }): void => {
    for (const a of names) if (a) index.push({ alias: a, entry });
  };
  for (const s of d.states) add([s.name, s.officialName, ...s.aliases], { id: s.id, name: s.name, kind: 'State', country: s.iso3 });
  for (const p of d.people) add([p.name, ...p.aliases], { id: p.id, name: p.name, kind: 'Person', country: p.country });
  for (const o of d.organizations) add([o.name, o.acronym, ...o.aliases], { id: o.id, name: o.acronym ?? o.name, kind: 'Organization' });
  for (const f of d.formats) add([f.name, ...f.aliases], { id: f.id, name: f.name, kind: 'Format' });
  for (const a of d.agreements) add([a.name, ...a.aliases], { id: a.id, name: a.name, kind: 'Agreement' });
  for (const p of d.places) add([p.name, ...p.aliases], { id: p.id, name: p.name, kind: 'Place', country: p.country });
  for (const g of d.groups) add([g.name, ...g.aliases], { id: g.id, name: g.name, kind: 'Group', country: g.country });
  index.sort((a, b) => b.alias.length - a.alias.length);
  return {
    states: d.states,
    people: d.people,
    nameIndex: () => index,
    stateByDemonym: (w) => d.states.find((s) => s.demonyms.some((x) => x.toLowerCase() === w.toLowerCase())),
    officeHolder: (role, iso3, date) =>
      d.people.find((p) =>
        p.offices.some((o) => o.role.toLowerCase() === role.toLowerCase() && (!iso3 || o.of === iso3) &&
          (date ? o.from <= date && (!o.to || date < o.to) : !o.to)),
      ),
  };
}
