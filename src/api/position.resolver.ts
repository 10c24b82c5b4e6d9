import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';

import { PositionRecord } from '../graph/position.repository';
import { ReadRepository } from '../graph/read.repository';
import { prefetched } from '../graph/read/selection';
import { Position } from './analysis.type';
import { ApiContext } from './context';
import { Event } from './event.type';
import { EventView } from './loaders';
import { PositionsArgs, StandpointsArgs } from './query.args';
import { selectionOf } from './selection';

/** Positions, derived from events at query time: an actor's stances, and who stands where on a topic. */
@Resolver(() => Position)
export class PositionResolver {
  constructor(private readonly reads: ReadRepository) {}

  @Query(() => [Position], { description: 'An actor\'s stance on each topic, agreement or format over time, most events first.' })
  positions(@Args() { actor, from, to }: PositionsArgs, @Info() info: GraphQLResolveInfo): Promise<PositionRecord[]> {
    return this.reads.positionsOfActor(actor, from ?? null, to ?? null, selectionOf(info));
  }

  @Query(() => [Position], { description: 'Who stands where on a topic, agreement or format, most events first.' })
  standpoints(@Args() { on, from, to }: StandpointsArgs, @Ctx() ctx: ApiContext): Promise<PositionRecord[]> {
    return ctx.loaders.positionsOnObject.load({ id: on, options: { from: from ?? null, to: to ?? null } });
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The latest event behind the position, with its evidence.' })
  async latest(@Root() position: PositionRecord, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<EventView | null> {
    return prefetched<EventView>(position, String(info.path.key)) ?? ctx.loaders.event.load(position.latestEventId);
  }
}
