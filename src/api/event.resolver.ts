import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';

import { EventFilter as EventQuery, EventRepository } from '../graph/event.repository';
import { ReadRepository } from '../graph/read.repository';
import { EntityRecord } from '../graph/records';
import { Timeline } from './analysis.type';
import { Connection, connection, decodeCursor, pageRequest } from './connection';
import { ApiContext } from './context';
import { ActorRole, SortOrder } from './enums';
import { InputError } from './errors';
import { Event, EventConnection } from './event.type';
import { EventView } from './loaders';
import { EventFilter, EventsArgs, IdArgs, TimelineArgs } from './query.args';
import { selectionOf } from './selection';

export function eventQuery(filter: EventFilter | null | undefined): EventQuery {
  const role = filter?.actorRole ?? ActorRole.ANY;
  const actor = filter?.actor ?? null;
  return {
    relations: filter?.relations ?? null,
    plover: filter?.plover ?? null,
    actor: role === ActorRole.ANY ? actor : null,
    source: role === ActorRole.SOURCE ? actor : null,
    target: filter?.target ?? (role === ActorRole.TARGET ? actor : null),
    about: [filter?.topic, filter?.agreement, filter?.format].filter((x): x is string => !!x),
    involving: filter?.involving ?? null,
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    minSources: filter?.minSources ?? null,
    speaker: filter?.speaker ?? null,
    includeRetracted: filter?.includeRetracted ?? false,
  };
}

/** Events: filtered and paginated, and the timeline of an entity. */
@Resolver(() => Event)
export class EventResolver {
  constructor(
    private readonly repository: EventRepository,
    private readonly reads: ReadRepository,
  ) {}

  @Query(() => EventConnection, {
    description: 'Events by relation, actor (as source or target), target, topic, agreement, format, dates, sources and speaker; by date; paginated (first at most 100).',
  })
  async events(@Args() { first, after, filter, order }: EventsArgs, @Info() info: GraphQLResolveInfo): Promise<Connection<EventView>> {
    if (filter?.actorRole === ActorRole.TARGET && filter.actor && filter.target && filter.actor !== filter.target) {
      throw new InputError('filter.target', 'with actorRole TARGET, give the target as actor or as target, not two different ones');
    }
    if (filter?.from && filter.to && filter.from > filter.to) throw new InputError('filter.to', 'is before filter.from');
    const cursor = decodeCursor(after);
    const { page, nodes } = pageRequest(selectionOf(info), first, cursor);
    const found = await this.reads.events(eventQuery(filter), order === SortOrder.ASC, page, nodes);
    return connection(found, cursor) as unknown as Connection<EventView>;
  }

  @Query(() => Event, { nullable: true, description: 'One event by id (retracted ones too).' })
  event(@Args() { id }: IdArgs, @Ctx() ctx: ApiContext): Promise<EventView | null> {
    return ctx.loaders.event.load(id);
  }

  @Query(() => Timeline, { nullable: true, description: 'The events of an actor, topic, agreement or format, oldest first, grouped by day.' })
  async timeline(@Args() args: TimelineArgs, @Ctx() ctx: ApiContext): Promise<Timeline | null> {
    const entity: EntityRecord | null = await ctx.loaders.entity.load(args.id);
    if (!entity) return null;
    const page = await this.repository.page(
      { involving: args.id, relations: args.relations ?? null, from: args.from ?? null, to: args.to ?? null, ascending: true },
      0,
      args.first,
    );
    const events = await ctx.loaders.events(page.ids);
    const entries: Timeline['entries'] = [];
    for (const event of events) {
      const last = entries[entries.length - 1];
      if (last && last.date === (event.date ?? null)) last.events.push(event as never);
      else entries.push({ date: event.date ?? null, events: [event as never] });
    }
    return { entity, totalCount: page.total, entries };
  }
}
