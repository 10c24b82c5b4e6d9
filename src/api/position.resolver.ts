import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { PositionRecord } from '../graph/position.repository';
import { Position } from './analysis.type';
import { ApiContext } from './context';
import { Event } from './event.type';
import { EventView } from './loaders';
import { PositionsArgs, StandpointsArgs } from './query.args';

/** Positions, derived from events at query time: an actor's stances, and who stands where on a topic. */
@Resolver(() => Position)
export class PositionResolver {
  @Query(() => [Position], { description: 'An actor\'s stance on each topic, agreement or format over time, most events first.' })
  positions(@Args() { actor, from, to }: PositionsArgs, @Ctx() ctx: ApiContext): Promise<PositionRecord[]> {
    return ctx.loaders.positionsOfActor.load({ id: actor, options: { from: from ?? null, to: to ?? null } });
  }

  @Query(() => [Position], { description: 'Who stands where on a topic, agreement or format, most events first.' })
  standpoints(@Args() { on, from, to }: StandpointsArgs, @Ctx() ctx: ApiContext): Promise<PositionRecord[]> {
    return ctx.loaders.positionsOnObject.load({ id: on, options: { from: from ?? null, to: to ?? null } });
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The latest event behind the position, with its evidence.' })
  latest(@Root() position: PositionRecord, @Ctx() ctx: ApiContext): Promise<EventView | null> {
    return ctx.loaders.event.load(position.latestEventId);
  }
}
