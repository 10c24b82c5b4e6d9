import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';

import { EntityRecord } from '../graph/records';
import { EntityKind } from './enums';
import { DateScalar } from './scalars';

/** GraphQL type names by the `kind` the graph stores on every entity. */
const TYPE_BY_KIND: Record<string, string> = {
  Person: 'Person',
  State: 'State',
  Organization: 'Organization',
  Group: 'Group',
  Format: 'Format',
  Agreement: 'Agreement',
  Place: 'Place',
  Topic: 'Topic',
  PeaceProcess: 'PeaceProcess',
};

export const typeOfEntity = (value: { kind?: string }) => TYPE_BY_KIND[value.kind ?? ''] ?? 'Topic';

@InterfaceType({
  description: 'Anything named in the graph: an actor, a format, an agreement, a place, a topic or a peace process.',
  resolveType: typeOfEntity,
})
export abstract class Entity {
  @Field(() => ID, { description: 'Stable id, such as "person:vladimir-putin", "state:RUS", "agreement:minsk-agreements".' })
  id!: string;

  @Field({ description: 'Canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names: aliases, demonyms, capitals used as metonyms, names of entities merged into this one.' })
  aliases!: string[];

  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field({ description: 'Found only in text: not in the reference knowledge.' })
  unknown!: boolean;

  @Field({ description: 'From the reference knowledge (states, leaders, organisations, formats, agreements).' })
  reference!: boolean;
}

@InterfaceType({ implements: Entity, resolveType: typeOfEntity, description: 'Who acts: a person, a state, an organisation or a group.' })
export abstract class Actor extends Entity {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 of the state the actor belongs to (a state carries its own).' })
  country?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: [Actor, Entity], description: 'A leader, minister or envoy.' })
export class Person extends Actor {}

@ObjectType({ simpleResolvers: true, implements: [Actor, Entity], description: 'A state.' })
export class State extends Actor {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code.' })
  iso3?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: [Actor, Entity], description: 'An international organisation (NATO, EU, OSCE, UN).' })
export class Organization extends Actor {
  @Field(() => String, { nullable: true })
  acronym?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: [Actor, Entity], description: 'A non-state or self-proclaimed party, or a group named in text ("Ukrainian militants").' })
export class Group extends Actor {}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A negotiating format (the Normandy Format, the Trilateral Contact Group).' })
export class Format extends Entity {}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'An agreement: the Minsk Protocol, Minsk II, PA-X agreements.' })
export class Agreement extends Entity {
  @Field(() => DateScalar, { nullable: true })
  signed?: string | null;

  @Field(() => Int, { nullable: true, description: 'PA-X agreement id.' })
  paxId?: number | null;

  @Field(() => String, { nullable: true, description: 'PA-X status.' })
  status?: string | null;

  @Field(() => String, { nullable: true, description: 'PA-X agreement type.' })
  agreementType?: string | null;

  @Field(() => String, { nullable: true, description: 'PA-X stage.' })
  stage?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A region or place that is not a state (Donbas, the contact line).' })
export class Place extends Entity {
  @Field(() => String, { nullable: true })
  country?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'What positions are about ("security guarantees", "ceasefire").' })
export class Topic extends Entity {
  @Field(() => String, { nullable: true, description: 'Normalised key, such as "security-guarantees".' })
  key?: string | null;

  @Field(() => String, { nullable: true })
  label?: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Entity, description: 'A peace process of the PA-X database.' })
export class PeaceProcess extends Entity {}

@ObjectType({ simpleResolvers: true, description: 'Membership of a state or organisation in an organisation or format, over time.' })
export class Membership {
  @Field(() => Entity, { description: 'The member.' })
  member!: EntityRecord;

  @Field(() => Entity, { description: 'The organisation or format.' })
  body!: EntityRecord;

  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Null while the membership lasts.' })
  to?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'An office held: head of state, head of government, foreign minister.' })
export class Office {
  @Field(() => Entity, { description: 'The office holder.' })
  person!: EntityRecord;

  @Field(() => Entity, { description: 'The state.' })
  state!: EntityRecord;

  @Field(() => String, { nullable: true, description: 'Such as "President", "Foreign Minister".' })
  role?: string | null;

  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Null while in office.' })
  to?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A search hit, ranked.' })
export class SearchHit {
  @Field(() => Entity)
  entity!: EntityRecord;

  @Field(() => Float, { description: 'Full-text score; exact name or alias matches come first whatever their score.' })
  score!: number;
}
