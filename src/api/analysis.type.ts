import { Field, ID, Int, ObjectType } from 'type-graphql';

import { EntityRecord } from '../graph/records';
import { Entity } from './entity.type';
import { EdgeType, EntityKind, Relation, RelationDirection, Stance } from './enums';
import { Event } from './event.type';
import { DateScalar } from './scalars';

@ObjectType({ simpleResolvers: true, description: 'What an entity did to (or had done by) one counterpart under one relation: "Putin ACCUSED Ukraine 14 times, 2021-11-03 to 2022-02-21".' })
export class RelationSummary {
  @Field(() => Relation)
  relation!: string;

  @Field(() => RelationDirection)
  direction!: string;

  @Field(() => Entity)
  counterpart!: EntityRecord;

  @Field(() => Int, { description: 'Number of events.' })
  count!: number;

  @Field(() => DateScalar, { nullable: true })
  first?: string | null;

  @Field(() => DateScalar, { nullable: true })
  last?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A stance in one month.' })
export class PositionPeriod {
  @Field({ description: 'YYYY-MM, or "undated".' })
  period!: string;

  @Field(() => Stance)
  stance!: string;

  @Field(() => Int)
  supporting!: number;

  @Field(() => Int)
  opposing!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Where an actor stands on a topic, agreement, format (or actor), derived from its events.' })
export class Position {
  @Field(() => Entity)
  actor!: EntityRecord;

  @Field(() => Entity, { description: 'What the stance is on.' })
  object!: EntityRecord;

  @Field(() => Stance)
  stance!: string;

  @Field(() => Int, { description: 'Events for: supported, called for, agreed.' })
  supporting!: number;

  @Field(() => Int, { description: 'Events against: rejected, expressed concern, criticised, accused.' })
  opposing!: number;

  @Field(() => DateScalar, { nullable: true })
  first?: string | null;

  @Field(() => DateScalar, { nullable: true })
  last?: string | null;

  @Field(() => [PositionPeriod], { description: 'The stance month by month.' })
  timeline!: PositionPeriod[];

  /** resolved to `latest` by a field resolver */
  latestEventId!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A node of a neighbourhood, with its distance in hops from the centre.' })
export class NetworkNode {
  @Field(() => Entity)
  entity!: EntityRecord;

  @Field(() => Int)
  distance!: number;
}

@ObjectType({ simpleResolvers: true, description: 'An edge for drawing: all edges of one type between two entities, counted.' })
export class NetworkEdge {
  @Field()
  source!: string;

  @Field()
  target!: string;

  @Field(() => EdgeType)
  type!: string;

  @Field(() => Int, { description: 'Number of relationships (events, for event relations).' })
  count!: number;

  @Field(() => DateScalar, { nullable: true })
  first?: string | null;

  @Field(() => DateScalar, { nullable: true })
  last?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Nodes and edges within a few hops of an entity.' })
export class Neighbourhood {
  @Field(() => Entity)
  center!: EntityRecord;

  @Field(() => [NetworkNode])
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge])
  edges!: NetworkEdge[];

  @Field({ description: 'True when maxNodes cut the answer short.' })
  truncated!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'One hop of a path, with the event behind it (none for structural relations).' })
export class PathHop {
  @Field(() => Entity)
  from!: EntityRecord;

  @Field(() => Entity)
  to!: EntityRecord;

  @Field(() => EdgeType)
  relation!: string;

  @Field({ description: 'True when the relationship points from `from` to `to`; false when the path walks it backwards.' })
  forward!: boolean;

  @Field(() => DateScalar, { nullable: true })
  date?: string | null;

  @Field(() => Event, { nullable: true, description: 'The event behind an event relation, with its evidence.' })
  event?: unknown;
}

@ObjectType({ simpleResolvers: true, description: 'A shortest path between two entities.' })
export class Path {
  @Field(() => Int)
  length!: number;

  @Field(() => [Entity])
  nodes!: EntityRecord[];

  @Field(() => [PathHop])
  hops!: PathHop[];
}

@ObjectType({ simpleResolvers: true })
export class KindCount {
  @Field(() => EntityKind)
  kind!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class RelationCount {
  @Field(() => Relation)
  relation!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Counts by kind and relation.' })
export class Statistics {
  @Field(() => [KindCount])
  entities!: KindCount[];

  @Field(() => [RelationCount], { description: 'Events by relation (retracted events left out).' })
  events!: RelationCount[];

  @Field(() => Int)
  articles!: number;

  @Field(() => Int)
  retractedEvents!: number;
}

@ObjectType({ simpleResolvers: true, description: 'The events of one day in a timeline.' })
export class TimelineEntry {
  @Field(() => DateScalar, { nullable: true })
  date?: string | null;

  @Field(() => [Event])
  events!: Event[];
}

@ObjectType({ simpleResolvers: true, description: 'Events involving an entity (as source, target or object), oldest first, grouped by day.' })
export class Timeline {
  @Field(() => Entity)
  entity!: EntityRecord;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => [TimelineEntry])
  entries!: TimelineEntry[];
}

@ObjectType({ simpleResolvers: true })
export class MovedRelationships {
  @Field()
  type!: string;

  @Field({ description: 'OUT or IN, seen from the merged entity.' })
  direction!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'The outcome of a merge.' })
export class MergeResult {
  @Field(() => Entity, { description: 'The kept entity, with every relationship of both.' })
  entity!: EntityRecord;

  @Field(() => [MovedRelationships])
  moved!: MovedRelationships[];

  @Field(() => ID, { nullable: true, description: 'The audit entry of the merge: undoMerge(auditId) takes it back.' })
  auditId?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The outcome of ingesting an article.' })
export class IngestResult {
  @Field()
  articleId!: string;

  @Field({ description: 'written, replaced (the text changed) or unchanged.' })
  status!: string;

  @Field(() => Int)
  entitiesCreated!: number;

  @Field(() => Int)
  eventsCreated!: number;

  @Field(() => Int, { description: 'Events that other articles already reported, now with one more source.' })
  eventsMerged!: number;

  @Field(() => Int, { description: 'Events extracted from the article.' })
  eventsExtracted!: number;
}
