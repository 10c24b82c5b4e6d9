import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';

import { RelationGroup } from '../graph/event.repository';
import { PositionRecord } from '../graph/position.repository';
import { prefetched } from '../graph/read/selection';
import { EntityRecord, entityRecord } from '../graph/records';
import { Position, RelationSummary } from './analysis.type';
import { ApiContext } from './context';
import { Actor, Entity, Membership } from './entity.type';
import { EventList } from './event.type';
import { DateRangeArgs, NestedEventsArgs, RelationsArgs } from './query.args';
import { linksOf, mapped, membershipsOf, nodesOf } from './structure.resolver';

/** Fields every entity has: its events, its relations grouped by counterpart, who stands where on it. */
@Resolver(() => Entity)
export class EntityFieldsResolver {
  @FieldResolver(() => EventList, { description: 'The newest events the entity takes part in or that are about it.' })
  async events(@Root() entity: EntityRecord, @Args() args: NestedEventsArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<EventList> {
    const read = prefetched<EventList>(entity, String(info.path.key));
    if (read) return read;
    const page = await ctx.loaders.anchoredEvents.load({
      id: entity.id,
      options: { roles: ['BY', 'TOWARD', 'ABOUT'], relations: args.relations ?? null, from: args.from ?? null, to: args.to ?? null, limit: args.first },
    });
    return { totalCount: page.total, nodes: (await ctx.loaders.events(page.ids)) as never };
  }

  @FieldResolver(() => [RelationSummary], {
    description: 'Its relations grouped by relation, direction and counterpart, with counts and first and last dates, most events first.',
  })
  async relations(@Root() entity: EntityRecord, @Args() args: RelationsArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<RelationSummary[]> {
    const read = prefetched<RelationSummary[]>(entity, String(info.path.key));
    if (read) return read;
    const result = await ctx.loaders.relations.load({
      id: entity.id,
      options: { relations: args.relations ?? null, from: args.from ?? null, to: args.to ?? null, limit: args.first },
    });
    return result.groups.map((g: RelationGroup) => ({
      relation: g.relation,
      direction: g.direction,
      counterpart: entityRecord(g.counterpart),
      count: Number(g.count),
      first: g.first,
      last: g.last,
    }));
  }

  @FieldResolver(() => [Position], { description: 'Who stands where on this entity (a topic, agreement, format or actor).' })
  async standpoints(@Root() entity: EntityRecord, @Args() range: DateRangeArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<PositionRecord[]> {
    return prefetched<PositionRecord[]>(entity, String(info.path.key)) ?? ctx.loaders.positionsOnObject.load({ id: entity.id, options: { from: range.from ?? null, to: range.to ?? null } });
  }
}

/** Fields of actors: stances, memberships, agreements they are party to. */
@Resolver(() => Actor)
export class ActorFieldsResolver {
  @FieldResolver(() => [Position], { description: 'Its stance on each topic, agreement or format it spoke about, over time.' })
  positions(@Root() actor: EntityRecord, @Args() range: DateRangeArgs, @Ctx() ctx: ApiContext): Promise<PositionRecord[]> {
    return ctx.loaders.positionsOfActor.load({ id: actor.id, options: { from: range.from ?? null, to: range.to ?? null } });
  }

  @FieldResolver(() => [Membership], { description: 'Organisations and formats it belongs or belonged to.' })
  memberships(@Root() actor: EntityRecord, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Membership[] | Promise<Membership[]> {
    return mapped(linksOf(actor, info, ctx, 'MEMBER_OF', 'OUT'), (links) => membershipsOf(actor, links, 'member'));
  }

  @FieldResolver(() => [Entity], { description: 'Agreements it is a party to.' })
  async agreements(@Root() actor: EntityRecord, @Ctx() ctx: ApiContext): Promise<EntityRecord[]> {
    return nodesOf(await ctx.loaders.links.load({ id: actor.id, type: 'PARTY_TO', direction: 'OUT' }));
  }
}
