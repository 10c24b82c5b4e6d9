import { registerEnumType } from 'type-graphql';

import { EDGE_TYPES, EdgeType as EdgeTypeValue, enumOf, PLOVER_CATEGORIES, PloverCategory as PloverValue, Relation as RelationValue, RELATIONS } from '../model/vocabulary';

/** The GraphQL enums of the vocabulary: relations, PLOVER categories, stances, kinds. Values are what the graph stores. */

export const Relation = enumOf(RELATIONS);
export type Relation = RelationValue;
registerEnumType(Relation, { name: 'Relation', description: 'The relation vocabulary of events (DESIGN.md), each mapped onto PLOVER.' });

export const PloverCategory = enumOf(PLOVER_CATEGORIES);
export type PloverCategory = PloverValue;
registerEnumType(PloverCategory, { name: 'PloverCategory', description: 'PLOVER event categories (CAMEO successor); STATEMENT for expressions of concern.' });

export enum EventMode {
  PHONE = 'phone',
  VIDEO = 'video',
  VISIT = 'visit',
  MEETING = 'meeting',
  THIRD_PARTY = 'third-party',
  DISAPPROVE = 'disapprove',
}
registerEnumType(EventMode, { name: 'EventMode', description: 'How a consultation happened (phone, visit ...), or DISAPPROVE for criticism.' });

export enum Stance {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  MIXED = 'MIXED',
}
registerEnumType(Stance, {
  name: 'Stance',
  description: 'Where an actor stands: FOR (supported, called for, agreed), AGAINST (rejected, expressed concern, criticised, accused), MIXED when neither outweighs the other twice over.',
});

export enum EntityKind {
  Person = 'Person',
  State = 'State',
  Organization = 'Organization',
  Group = 'Group',
  Format = 'Format',
  Agreement = 'Agreement',
  Place = 'Place',
  Topic = 'Topic',
  PeaceProcess = 'PeaceProcess',
}
registerEnumType(EntityKind, { name: 'EntityKind', description: 'What an entity is.' });

export enum ActorKind {
  Person = 'Person',
  State = 'State',
  Organization = 'Organization',
  Group = 'Group',
}
registerEnumType(ActorKind, { name: 'ActorKind', description: 'The kinds of actors.' });

export enum ActorRole {
  SOURCE = 'SOURCE',
  TARGET = 'TARGET',
  ANY = 'ANY',
}
registerEnumType(ActorRole, { name: 'ActorRole', description: 'Whether an actor filter matches the event\'s source, its target, or either.' });

export enum RelationDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  MUTUAL = 'MUTUAL',
}
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  description: 'OUTGOING: the entity did it; INCOMING: it was done to (or about) the entity; MUTUAL: both were sources of a symmetric relation (met, discussed, cooperated).',
});

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder', description: 'Oldest first (ASC) or newest first (DESC).' });

export const EdgeType = enumOf(EDGE_TYPES);
export type EdgeType = EdgeTypeValue;
registerEnumType(EdgeType, { name: 'EdgeType', description: 'Edges between entities: an event relation (projected from events) or a structural relation from reference knowledge.' });

export enum DateSource {
  TEXT = 'text',
  ARTICLE = 'article',
}
registerEnumType(DateSource, {
  name: 'DateSource',
  description: 'Where an event date comes from: the text states it (TEXT), or it is the publication date of the article that reports it (ARTICLE).',
});
