import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

import { ActorKind, ActorRole, EdgeType, EntityKind, PloverCategory, Relation, SortOrder } from './enums';
import { ANY_ID_PATTERN } from '../model/ids';
import { DateScalar } from './scalars';

/** Page sizes above this are refused with BAD_USER_INPUT naming the argument (never clamped silently). */
export const MAX_PAGE_SIZE = 100;

// Ids carry their kind: "person:", "state:", "org:", ... or "event:" (src/model/ids.ts).
const ID_PATTERN = ANY_ID_PATTERN;
const ID_MESSAGE = '$property must be an id with its kind, such as "person:vladimir-putin" or "event:0123abcd"';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}; larger is refused.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @Length(1, 100)
  after?: string | null;
}

@ArgsType()
export class EntityLookupArgs {
  @Field(() => ID, { nullable: true, description: 'Stable id, such as "person:vladimir-putin".' })
  @IsOptional()
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact name (any case), or an exact alias.' })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;
}

@InputType({ description: 'Which actors: every filter given must hold.' })
export class ActorFilter {
  @Field(() => [ActorKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  kinds?: ActorKind[] | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 of the state the actor belongs to.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 3166-1 alpha-3 code such as "FRA"' })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: 'Member of this organisation or format (id), such as "format:normandy".' })
  @IsOptional()
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  memberOf?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'With memberOf: a member on this date.' })
  @IsOptional()
  memberAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or of an alias, any case.' })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field({ defaultValue: true, description: 'Include actors found only in text.' })
  includeUnknown: boolean = true;
}

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => ActorFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ActorFilter | null;
}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Words of a name, alias, acronym or topic; each word matches as a word or a prefix.' })
  @Length(2, 200)
  text!: string;

  @Field(() => [EntityKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(9)
  kinds?: EntityKind[] | null;

  @Field(() => Int, { defaultValue: 10, description: `1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 10;
}

@InputType({ description: 'Which events: every filter given must hold.' })
export class EventFilter {
  @Field(() => [Relation], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  relations?: Relation[] | null;

  @Field(() => [PloverCategory], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(17)
  plover?: PloverCategory[] | null;

  @Field(() => ID, { nullable: true, description: 'An actor taking part, in the role actorRole says.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  actor?: string | null;

  @Field(() => ActorRole, { defaultValue: ActorRole.ANY })
  actorRole: ActorRole = ActorRole.ANY;

  @Field(() => ID, { nullable: true, description: 'The target of the event.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  target?: string | null;

  @Field(() => ID, { nullable: true, description: 'A topic the event is about.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  topic?: string | null;

  @Field(() => ID, { nullable: true, description: 'An agreement the event is about (or aimed at).' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  agreement?: string | null;

  @Field(() => ID, { nullable: true, description: 'A format the event is about (or aimed at).' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  format?: string | null;

  @Field(() => ID, { nullable: true, description: 'An entity in any role: source, target or object.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  involving?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or after this date.' })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this date.' })
  @IsOptional()
  to?: string | null;

  @Field(() => Int, { nullable: true, description: 'Reported by at least this many articles.' })
  @IsOptional()
  @Min(1)
  minSources?: number | null;

  @Field(() => ID, { nullable: true, description: 'Read in reported speech of this entity.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  speaker?: string | null;

  @Field({ defaultValue: false, description: 'Include retracted events.' })
  includeRetracted: boolean = false;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EventFilter | null;

  @Field(() => SortOrder, { defaultValue: SortOrder.DESC, description: 'By date: newest first (DESC) or oldest first (ASC).' })
  order: SortOrder = SortOrder.DESC;
}

@ArgsType()
export class NestedEventsArgs {
  @Field(() => Int, { defaultValue: 10, description: `1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 10;

  @Field(() => [Relation], { nullable: true })
  @IsOptional()
  relations?: Relation[] | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  to?: string | null;
}

@ArgsType()
export class RelationsArgs {
  @Field(() => [Relation], { nullable: true })
  @IsOptional()
  relations?: Relation[] | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  to?: string | null;

  @Field(() => Int, { defaultValue: 50, description: `Groups returned, most events first; 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 50;
}

@ArgsType()
export class DateRangeArgs {
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  to?: string | null;
}

@ArgsType()
export class PositionsArgs extends DateRangeArgs {
  @Field(() => ID, { description: 'The actor, such as "person:vladimir-putin".' })
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  actor!: string;
}

@ArgsType()
export class StandpointsArgs extends DateRangeArgs {
  @Field(() => ID, { description: 'A topic, agreement or format (or any entity), such as "topic:security-guarantees".' })
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  on!: string;
}

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID)
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: '1 to 3.' })
  @Min(1)
  @Max(3)
  hops: number = 1;

  @Field(() => [EdgeType], { nullable: true, description: 'Follow only these edges (default: all).' })
  @IsOptional()
  relations?: EdgeType[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Event edges on or after this date (structural edges always count).' })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  to?: string | null;

  @Field(() => Int, { defaultValue: 100, description: 'At most this many nodes, 1 to 500; `truncated` says when the cap cut.' })
  @Min(1)
  @Max(500)
  maxNodes: number = 100;

  @Field({
    defaultValue: false,
    description: 'Also the edges among the entities of the last hop (one more query). Off by default: around a hub they make the drawing dense.',
  })
  closure: boolean = false;
}

@ArgsType()
export class PathsArgs {
  @Field(() => ID)
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  from!: string;

  @Field(() => ID)
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  to!: string;

  @Field(() => Int, { defaultValue: 6, description: '1 to 6.' })
  @Min(1)
  @Max(6)
  maxHops: number = 6;

  @Field(() => [EdgeType], { nullable: true, description: 'Follow only these edges (default: all).' })
  @IsOptional()
  relations?: EdgeType[] | null;

  @Field(() => Int, { defaultValue: 5, description: 'At most this many paths, 1 to 25.' })
  @Min(1)
  @Max(25)
  limit: number = 5;
}

@ArgsType()
export class TimelineArgs extends DateRangeArgs {
  @Field(() => ID, { description: 'An actor, topic, agreement or format.' })
  @Length(1, 200)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @Field(() => [Relation], { nullable: true })
  @IsOptional()
  relations?: Relation[] | null;

  @Field(() => Int, { defaultValue: 50, description: `Events, 1 to ${MAX_PAGE_SIZE}, oldest first.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 50;
}
