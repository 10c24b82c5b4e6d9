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
export function linksOf(entity: EntityRecord, info: GraphQLResolveInfo, ctx: ApiContext, type: StructuralType, direction: LinkDirection): Link[] | Promise<Link[]> {
  return prefetched<Link[]>(entity, String(info.path.key)) ?? ctx.loaders.links.load({ id: entity.id, type, direction });
}

/** f of a value that is there or still to come: synchronous when it is there (a field the root statement read),
 * so that graphql-js completes the answer without a promise per item. */
export function mapped<T, U>(value: T | Promise<T>, f: (t: T) => U): U | Promise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
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
  offices(@Root() person: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): Office[] | Promise<Office[]> {
    return mapped(linksOf(person, info, ctx, 'LEADER_OF', 'OUT'), (links) => officesOf(person, links, 'person'));
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
  agreements(@Root() format: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): EntityRecord[] | Promise<EntityRecord[]> {
    return mapped(linksOf(format, info, ctx, 'NEGOTIATED_IN', 'IN'), nodesOf);
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [Entity], { description: 'The parties.' })
  parties(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): EntityRecord[] | Promise<EntityRecord[]> {
    return mapped(linksOf(agreement, info, ctx, 'PARTY_TO', 'IN'), nodesOf);
  }

  @FieldResolver(() => [Entity], { description: 'Formats it was negotiated in.' })
  formats(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): EntityRecord[] | Promise<EntityRecord[]> {
    return mapped(linksOf(agreement, info, ctx, 'NEGOTIATED_IN', 'OUT'), nodesOf);
  }

  @FieldResolver(() => [Entity], { description: 'Agreements it is part of (the Minsk Protocol is part of the Minsk agreements).' })
  partOf(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): EntityRecord[] | Promise<EntityRecord[]> {
    return mapped(linksOf(agreement, info, ctx, 'PART_OF', 'OUT'), nodesOf);
  }

  @FieldResolver(() => [Entity], { description: 'Agreements that are part of it.' })
  parts(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): EntityRecord[] | Promise<EntityRecord[]> {
    return mapped(linksOf(agreement, info, ctx, 'PART_OF', 'IN'), nodesOf);
  }

  @FieldResolver(() => [Entity], { description: 'The PA-X peace processes it belongs to.' })
  processes(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): EntityRecord[] | Promise<EntityRecord[]> {
    return mapped(linksOf(agreement, info, ctx, 'IN_PROCESS', 'OUT'), nodesOf);
  }

  @FieldResolver(() => [Entity], { description: 'States it is located in (PA-X).' })
  locatedIn(@Root() agreement: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): EntityRecord[] | Promise<EntityRecord[]> {
    return mapped(linksOf(agreement, info, ctx, 'LOCATED_IN', 'OUT'), nodesOf);
  }
}

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => [Entity], { description: 'The state it lies in.' })
  locatedIn(@Root() place: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): EntityRecord[] | Promise<EntityRecord[]> {
    return mapped(linksOf(place, info, ctx, 'LOCATED_IN', 'OUT'), nodesOf);
  }
}

@Resolver(() => PeaceProcess)
export class PeaceProcessResolver {
  @FieldResolver(() => [Entity], { description: 'Its agreements.' })
  agreements(@Root() process: EntityRecord, @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo): EntityRecord[] | Promise<EntityRecord[]> {
    return mapped(linksOf(process, info, ctx, 'IN_PROCESS', 'IN'), nodesOf);
  }
}
