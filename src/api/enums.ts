import { registerEnumType } from 'type-graphql';

/** The GraphQL enums of the vocabulary: relations, PLOVER categories, stances, kinds. Values are what the graph stores. */

export enum Relation {
  MET_WITH = 'MET_WITH',
  VISITED = 'VISITED',
  DISCUSSED = 'DISCUSSED',
  AGREED = 'AGREED',
  SUPPORTED = 'SUPPORTED',
  COOPERATED = 'COOPERATED',
  PROVIDED_AID = 'PROVIDED_AID',
  CONCEDED = 'CONCEDED',
  RETREATED = 'RETREATED',
  ACCUSED = 'ACCUSED',
  CRITICIZED = 'CRITICIZED',
  CALLED_FOR = 'CALLED_FOR',
  REJECTED = 'REJECTED',
  WARNED = 'WARNED',
  EXPRESSED_CONCERN = 'EXPRESSED_CONCERN',
  PROTESTED = 'PROTESTED',
  MOBILIZED = 'MOBILIZED',
  SANCTIONED = 'SANCTIONED',
  COERCED = 'COERCED',
  ATTACKED = 'ATTACKED',
}
registerEnumType(Relation, { name: 'Relation', description: 'The relation vocabulary of events (DESIGN.md), each mapped onto PLOVER.' });

export enum PloverCategory {
  CONSULT = 'CONSULT',
  AGREE = 'AGREE',
  SUPPORT = 'SUPPORT',
  COOPERATE = 'COOPERATE',
  AID = 'AID',
  CONCEDE = 'CONCEDE',
  RETREAT = 'RETREAT',
  ACCUSE = 'ACCUSE',
  REQUEST = 'REQUEST',
  REJECT = 'REJECT',
  THREATEN = 'THREATEN',
  PROTEST = 'PROTEST',
  MOBILIZE = 'MOBILIZE',
  SANCTION = 'SANCTION',
  COERCE = 'COERCE',
  ASSAULT = 'ASSAULT',
  STATEMENT = 'STATEMENT',
}
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

export enum EdgeType {
  MET_WITH = 'MET_WITH',
  VISITED = 'VISITED',
  DISCUSSED = 'DISCUSSED',
  AGREED = 'AGREED',
  SUPPORTED = 'SUPPORTED',
  COOPERATED = 'COOPERATED',
  PROVIDED_AID = 'PROVIDED_AID',
  CONCEDED = 'CONCEDED',
  RETREATED = 'RETREATED',
  ACCUSED = 'ACCUSED',
  CRITICIZED = 'CRITICIZED',
  CALLED_FOR = 'CALLED_FOR',
  REJECTED = 'REJECTED',
  WARNED = 'WARNED',
  EXPRESSED_CONCERN = 'EXPRESSED_CONCERN',
  PROTESTED = 'PROTESTED',
  MOBILIZED = 'MOBILIZED',
  SANCTIONED = 'SANCTIONED',
  COERCED = 'COERCED',
  ATTACKED = 'ATTACKED',
  LEADER_OF = 'LEADER_OF',
  MEMBER_OF = 'MEMBER_OF',
  PARTY_TO = 'PARTY_TO',
  PART_OF = 'PART_OF',
  NEGOTIATED_IN = 'NEGOTIATED_IN',
  LOCATED_IN = 'LOCATED_IN',
  IN_PROCESS = 'IN_PROCESS',
}
registerEnumType(EdgeType, { name: 'EdgeType', description: 'Edges between entities: an event relation (projected from events) or a structural relation from reference knowledge.' });

export enum DateSource {
  TEXT = 'text',
  ARTICLE = 'article',
}
registerEnumType(DateSource, {
  name: 'DateSource',
  description: 'Where an event date comes from: the text states it (TEXT), or it is the publication date of the article that reports it (ARTICLE).',
});
