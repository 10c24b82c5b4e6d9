import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';

import { Link, LinkDirection, StructuralType } from '../graph/entity.repository';
import { prefetched } from '../graph/read/selection';
import { EntityRecord } from '../graph/records';
import { ApiContext } from './context';
import { Agreement, Entity, Format, Membership, Office, Organization, PeaceProcess, Person, Place, State } from './entity.type';
import { EventList } from './event.type';
import { NestedEventsArgs } from './query.args';
import { DateScalar } from './scalars';

/** Structural relations (reference knowledge) seen from either end, as API values. */

/** The links of a structural field: read with the root field's statement when it was, else through the request's loader. */
export async function linksOf(entity: EntityRecord, info: GraphQLResolveInfo, ctx: ApiContext, type: StructuralType, direction: LinkDirection): Promise<Link[]> {
  return prefetched<Link[]>(entity, String(info.path.key)) ?? ctx.loaders.links.load({ id: entity.id, type, direction });
}

const dateOf = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function membershipsOf(anchor: EntityRecord, links: Link[], anchorIs: 'member' | 'body'): Membership[] {
  return links.map((l) => ({
    member: anchorIs === 'member' ? anchor : l.node,
    body: anchorIs === 'member' ? l.node : anchor,
    from: dateOf(l.props.from),
    to: dateOf(l.props.to),
  }));
}

export function nodesOf(links: Link[]): EntityRecord[] {
  return links.map((l) => l.node);
}

function officesOf(anchor: EntityRecord, links: Link[], anchorIs: 'person' | 'state'): Office[] {
  return links.map((l) => ({
    person: anchorIs === 'person' ? anchor : l.node,
    state: anchorIs === 'person' ? l.node : anchor,
    role: (l.props.role as string | undefined) ?? null,
    kind: (l.props.kind as string | undefined) ?? null,
    from: dateOf(l.props.from),
    to: dateOf(l.props.to),
  }));
}

const heldOn = (date: string | null | undefined) => (o: { from?: string | null; to?: string | null }) =>
  !date || ((!o.from || o.from <= date) && (!o.to || o.to >= date));

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Office], { description: 'Offices held (head of state or government, foreign minister), oldest first.' })
  async offices(@Root() person: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): Promise<Office[]> {
    return officesOf(person, await linksOf(person, info, ctx, 'LEADER_OF', 'OUT'), 'person');
  }
}

@Resolver(() => State)
export class StateResolver {
  @FieldResolver(() => [Office], { description: 'Its leaders and foreign ministers; with `at`, those in office on that date.' })
  async leaders(
    @Root() state: EntityRecord,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('at', () => DateScalar, { nullable: true }) at?: string | null,
  ): Promise<Office[]> {
    const offices = officesOf(state, await linksOf(state, info, ctx, 'LEADER_OF', 'IN'), 'state');
    return offices.filter(heldOn(at));
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => [Membership], { description: 'Its members over time; with `at`, the members on that date.' })
  async members(
    @Root() org: EntityRecord,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('at', () => DateScalar, { nullable: true }) at?: string | null,
  ): Promise<Membership[]> {
    return membershipsOf(org, await linksOf(org, info, ctx, 'MEMBER_OF', 'IN'), 'body').filter(heldOn(at));
  }
}

@Resolver(() => Format)
export class FormatResolver {
  @FieldResolver(() => [Membership], { description: 'Its members over time; with `at`, the members on that date.' })
  async members(
    @Root() format: EntityRecord,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('at', () => DateScalar, { nullable: true }) at?: string | null,
  ): Promise<Membership[]> {
    return membershipsOf(format, await linksOf(format, info, ctx, 'MEMBER_OF', 'IN'), 'body').filter(heldOn(at));
  }

  @FieldResolver(() => EventList, { description: 'Meetings held in the format: events about it of the CONSULT relations (met with, discussed) and agreements reached in it.' })
  async meetings(@Root() format: EntityRecord, @Args() args: NestedEventsArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<EventList> {
    const read = prefetched<EventList>(format, String(info.path.key));
    if (read) return read;
    const page = await ctx.loaders.anchoredEvents.load({
      id: format.id,
      options: { roles: ['ABOUT', 'TOWARD'], relations: args.relations ?? ['MET_WITH', 'DISCUSSED', 'AGREED'], from: args.from ?? null, to: args.to ?? null, limit: args.first },
    });
    return { totalCount: page.total, nodes: (await ctx.loaders.events(page.ids)) as never };
  }

  @FieldResolver(() => [Entity], { description: 'Agreements negotiated in it.' })
  async agreements(@Root() format: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): Promise<EntityRecord[]> {
    return nodesOf(await linksOf(format, info, ctx, 'NEGOTIATED_IN', 'IN'));
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [Entity], { description: 'The parties.' })
  async parties(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): Promise<EntityRecord[]> {
    return nodesOf(await linksOf(agreement, info, ctx, 'PARTY_TO', 'IN'));
  }

  @FieldResolver(() => [Entity], { description: 'Formats it was negotiated in.' })
  async formats(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): Promise<EntityRecord[]> {
    return nodesOf(await linksOf(agreement, info, ctx, 'NEGOTIATED_IN', 'OUT'));
  }

  @FieldResolver(() => [Entity], { description: 'Agreements it is part of (the Minsk Protocol is part of the Minsk agreements).' })
  async partOf(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): Promise<EntityRecord[]> {
    return nodesOf(await linksOf(agreement, info, ctx, 'PART_OF', 'OUT'));
  }

  @FieldResolver(() => [Entity], { description: 'Agreements that are part of it.' })
  async parts(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): Promise<EntityRecord[]> {
    return nodesOf(await linksOf(agreement, info, ctx, 'PART_OF', 'IN'));
  }

  @FieldResolver(() => [Entity], { description: 'The PA-X peace processes it belongs to.' })
  async processes(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): Promise<EntityRecord[]> {
    return nodesOf(await linksOf(agreement, info, ctx, 'IN_PROCESS', 'OUT'));
  }

  @FieldResolver(() => [Entity], { description: 'States it is located in (PA-X).' })
  async locatedIn(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): Promise<EntityRecord[]> {
    return nodesOf(await linksOf(agreement, info, ctx, 'LOCATED_IN', 'OUT'));
  }
}

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => [Entity], { description: 'The state it lies in.' })
  async locatedIn(@Root() place: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): Promise<EntityRecord[]> {
    return nodesOf(await linksOf(place, info, ctx, 'LOCATED_IN', 'OUT'));
  }
}

@Resolver(() => PeaceProcess)
export class PeaceProcessResolver {
  @FieldResolver(() => [Entity], { description: 'Its agreements.' })
  async agreements(@Root() process: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): Promise<EntityRecord[]> {
    return nodesOf(await linksOf(process, info, ctx, 'IN_PROCESS', 'IN'));
  }
}
