import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

import { ArticleRecord, EntityRecord, EvidenceRecord } from '../graph/records';
import { Entity } from './entity.type';
import { DateSource, EventMode, PloverCategory, Relation } from './enums';
import { DateScalar } from './scalars';

@ObjectType({ simpleResolvers: true, description: 'A source document.' })
export class Article {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => DateScalar, { nullable: true })
  published?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Where an event is reported: the sentence, its offsets in the article, the article, and who said it when reported speech.' })
export class Evidence {
  @Field()
  sentence!: string;

  @Field(() => Int, { description: 'Character offset of the sentence in the article text.' })
  start!: number;

  @Field(() => Int, { description: 'End offset (exclusive).' })
  end!: number;

  @Field(() => Entity, { nullable: true, description: 'Who said it, when the event was read inside reported speech.' })
  speaker?: EntityRecord | null;

  @Field(() => Article)
  article!: ArticleRecord;
}

@ObjectType({ simpleResolvers: true, description: 'One happening reported in text (a call, a visit, an accusation, a demand), merged across the articles that report it.' })
export class Event {
  @Field(() => ID)
  id!: string;

  @Field(() => Relation)
  relation!: string;

  @Field(() => PloverCategory, { nullable: true })
  plover?: string | null;

  @Field(() => EventMode, { nullable: true })
  mode?: string | null;

  @Field(() => DateScalar, { nullable: true })
  date?: string | null;

  @Field(() => DateSource, { nullable: true, description: 'Whether the text states the date, or it is the reporting article\'s publication date.' })
  dateSource?: string | null;

  @Field({ description: 'The text says it did not happen ("refused to meet").' })
  negated!: boolean;

  @Field(() => Float)
  confidence!: number;

  @Field(() => Int, { description: 'How many articles report it.' })
  sources!: number;

  @Field({ description: 'Retracted by a curator: kept, marked, and left out of answers unless asked for.' })
  retracted!: boolean;

  @Field(() => String, { nullable: true })
  retractedReason?: string | null;

  @Field(() => [Entity], { description: 'Who did it (the source actors).' })
  by!: EntityRecord[];

  @Field(() => [Entity], { description: 'To whom (the targets).' })
  toward!: EntityRecord[];

  @Field(() => [Entity], { description: 'What it is about: topics, agreements, formats, places.' })
  about!: EntityRecord[];

  @Field(() => [Entity], { description: 'Sources and targets together.' })
  participants!: EntityRecord[];

  @Field(() => [Entity], { description: 'The topics among what it is about.' })
  topics!: EntityRecord[];

  @Field(() => [Evidence], { description: 'One per reporting article, oldest first.' })
  evidence!: EvidenceRecord[];
}

@ObjectType({ simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor?: string | null;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class EventEdge {
  @Field()
  cursor!: string;

  @Field(() => Event)
  node!: Event;
}

@ObjectType({ simpleResolvers: true, description: 'A Relay connection of events.' })
export class EventConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [EventEdge])
  edges!: EventEdge[];

  @Field(() => [Event], { description: 'The nodes of the edges, for clients that need no cursors.' })
  nodes!: Event[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ simpleResolvers: true, description: 'The newest events of an entity, and how many there are.' })
export class EventList {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [Event])
  nodes!: Event[];
}

@ObjectType({ simpleResolvers: true })
export class ActorEdge {
  @Field()
  cursor!: string;

  @Field(() => Entity, { description: 'An actor (Person, State, Organization or Group).' })
  node!: EntityRecord;
}

@ObjectType({ simpleResolvers: true, description: 'A Relay connection of actors.' })
export class ActorConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [ActorEdge])
  edges!: ActorEdge[];

  @Field(() => [Entity])
  nodes!: EntityRecord[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
