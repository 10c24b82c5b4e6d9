import { ReferenceKnowledgeData } from '../extract/reference/types';
import { KIND_LABELS } from './plan';

/** Reference knowledge shaped for the graph writer: entity rows and structural relation rows. */

export interface ReferenceEntityRow {
  id: string;
  labels: string[];
  kind: string;
  name: string;
  aliases: string[];
  props: Record<string, string | number | boolean | null>;
}

export interface ReferenceLinkRow {
  from: string;
  to: string;
  key: string;
  props: Record<string, string | null>;
}

export interface ReferencePlan {
  entities: ReferenceEntityRow[];
  leaderOf: ReferenceLinkRow[];
  memberOf: ReferenceLinkRow[];
  partyTo: ReferenceLinkRow[];
  partOf: ReferenceLinkRow[];
  negotiatedIn: ReferenceLinkRow[];
  locatedIn: ReferenceLinkRow[];
}

const stateId = (code: string) => (/^[A-Z]{3}$/.test(code) ? `state:${code}` : code);
const unique = (items: string[]) => [...new Set(items.filter((s) => s && s.trim()))];

export function planReference(data: ReferenceKnowledgeData): ReferencePlan {
  const entities: ReferenceEntityRow[] = [];
  const add = (kind: keyof typeof KIND_LABELS, id: string, name: string, aliases: string[], props: ReferenceEntityRow['props']) =>
    entities.push({ id, labels: KIND_LABELS[kind], kind, name, aliases: unique(aliases.filter((a) => a !== name)), props });

  for (const s of data.states) {
    add('State', s.id, s.name, [...s.aliases, ...(s.officialName ? [s.officialName] : []), ...s.demonyms, ...s.capitals], {
      iso3: s.iso3,
      country: s.iso3,
      officialName: s.officialName ?? null,
      unStatus: s.unStatus,
    });
  }
  for (const p of data.people) add('Person', p.id, p.name, p.aliases, { country: p.country });
  for (const o of data.organizations) add('Organization', o.id, o.name, [...o.aliases, ...(o.acronym ? [o.acronym] : [])], { acronym: o.acronym ?? null });
  for (const f of data.formats) add('Format', f.id, f.name, f.aliases, {});
  for (const a of data.agreements) add('Agreement', a.id, a.name, a.aliases, { signed: a.signed ?? null, paxId: a.paxId ?? null });
  for (const p of data.places) add('Place', p.id, p.name, p.aliases, { country: p.country });
  for (const g of data.groups) add('Group', g.id, g.name, g.aliases, { country: g.country });

  const link = (from: string, to: string, keyParts: Array<string | undefined>, props: ReferenceLinkRow['props'] = {}): ReferenceLinkRow => ({
    from,
    to,
    key: keyParts.map((k) => k ?? '').join('|'),
    props,
  });

  const leaderOf = data.people.flatMap((p) =>
    p.offices.map((o) => link(p.id, stateId(o.of), [o.role, o.from], { role: o.role, kind: o.kind, from: o.from, to: o.to ?? null })),
  );
  const memberOf = [
    ...data.organizations.flatMap((o) => o.members.map((m) => link(stateId(m.member), o.id, [m.from], { from: m.from ?? null, to: m.to ?? null }))),
    ...data.formats.flatMap((f) => [
      ...f.members.map((m) => link(stateId(m.member), f.id, [m.from], { from: m.from ?? null, to: m.to ?? null })),
      ...(f.organizations ?? []).map((org) => link(org, f.id, [''], { from: null, to: null })),
    ]),
  ];
  const partyTo = data.agreements.flatMap((a) => a.parties.map((party) => link(stateId(party), a.id, [''])));
  const partOf = data.agreements.filter((a) => a.partOf).map((a) => link(a.id, a.partOf!, ['']));
  const negotiatedIn = data.agreements.flatMap((a) => (a.negotiatedIn ?? []).map((f) => link(a.id, f, [''])));
  const locatedIn = data.places.map((p) => link(p.id, stateId(p.country), ['']));
  return { entities, leaderOf, memberOf, partyTo, partOf, negotiatedIn, locatedIn };
}
