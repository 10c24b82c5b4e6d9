/**
 * Reference knowledge: facts of public record that extraction resolves against and that
 * `diplograph migrate` loads into the graph. Data lives in ./data/*.json (imported, not read at
 * run time), shaped by these types. Dates are ISO YYYY-MM-DD; `to` absent means still in office.
 */

export interface ReferenceState {
  id: string; // "state:RUS"
  iso3: string; // "RUS"
  iso2?: string;
  name: string; // common name: "Russia"
  officialName?: string; // "Russian Federation"
  aliases: string[]; // other names, spelling variants ("Russian Federation", "Kiev")
  demonyms: string[]; // "Russian"
  capitals: string[]; // used as metonyms: "Moscow"
  unStatus: 'member' | 'observer' | 'other';
}

export type OfficeRole =
  | 'President'
  | 'Prime Minister'
  | 'Chancellor'
  | 'Foreign Minister'
  | 'Secretary of State'
  | 'King'
  | 'Queen'
  | 'Emperor'
  | 'Secretary General'
  | 'Head of State'
  | 'Head of Government'
  | string;

export interface Office {
  role: OfficeRole;
  /** "head_of_state" | "head_of_government" | "foreign_minister" | "other" */
  kind: 'head_of_state' | 'head_of_government' | 'foreign_minister' | 'other';
  /** ISO3 of the state, or the organisation id for posts such as "NATO Secretary General" */
  of: string;
  from: string;
  to?: string;
}

export interface ReferencePerson {
  id: string; // "person:vladimir-putin"
  name: string; // "Vladimir Putin"
  aliases: string[]; // "Putin", "Vladimir Vladimirovich Putin", "Zelensky" ...
  country: string; // ISO3
  offices: Office[];
}

export interface MembershipSpan {
  member: string; // ISO3 of a state
  from?: string;
  to?: string;
}

export interface ReferenceOrganization {
  id: string; // "org:NATO"
  name: string; // "North Atlantic Treaty Organization"
  acronym?: string; // "NATO"
  aliases: string[];
  members: MembershipSpan[];
}

export interface ReferenceFormat {
  id: string; // "format:normandy"
  name: string; // "Normandy Format"
  aliases: string[];
  members: MembershipSpan[];
  /** organisations taking part (e.g. the OSCE in the Trilateral Contact Group) */
  organizations?: string[];
}

export interface ReferenceAgreement {
  id: string; // "agreement:minsk-ii"
  name: string; // "Minsk II"
  aliases: string[];
  signed?: string;
  paxId?: number;
  partOf?: string; // "agreement:minsk-agreements"
  negotiatedIn?: string[]; // format ids
  parties: string[]; // entity ids: "state:UKR", "group:dpr", "org:OSCE"
}

export interface ReferencePlace {
  id: string; // "place:donbas"
  name: string;
  aliases: string[];
  country: string; // ISO3
}

export interface ReferenceGroup {
  id: string; // "group:dpr"
  name: string; // "Donetsk People's Republic"
  aliases: string[];
  country: string; // ISO3
}

export interface ReferenceKnowledgeData {
  states: ReferenceState[];
  people: ReferencePerson[];
  organizations: ReferenceOrganization[];
  formats: ReferenceFormat[];
  agreements: ReferenceAgreement[];
  places: ReferencePlace[];
  groups: ReferenceGroup[];
}
