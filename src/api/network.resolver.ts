import { Args, Ctx, Query, Resolver } from 'type-graphql';

import { NetworkRepository } from '../graph/network.repository';
import { Neighbourhood, Path } from './analysis.type';
import { ApiContext } from './context';
import { InputError } from './errors';
import { eventView } from './loaders';
import { NeighbourhoodArgs, PathsArgs } from './query.args';

/** Traversals for drawing and explaining: neighbourhoods and shortest paths. */
@Resolver()
export class NetworkResolver {
  constructor(private readonly network: NetworkRepository) {}

  @Query(() => Neighbourhood, {
    nullable: true,
    description: 'Nodes and edges within 1 to 3 hops of an entity, by edge type and date, at most maxNodes nodes (default 100, at most 500).',
  })
  neighbourhood(@Args() args: NeighbourhoodArgs): Promise<Neighbourhood | null> {
    if (args.from && args.to && args.from > args.to) throw new InputError('to', 'is before from');
    return this.network.neighbourhood(args.id, { hops: args.hops, types: args.relations ?? null, from: args.from ?? null, to: args.to ?? null, maxNodes: args.maxNodes, closure: args.closure });
  }

  @Query(() => [Path], { description: 'Shortest paths between two entities, up to 6 hops, optionally over some relations only; each hop with its evidence.' })
  async paths(@Args() args: PathsArgs, @Ctx() ctx: ApiContext): Promise<Path[]> {
    if (args.from === args.to) throw new InputError('to', 'is the same entity as from');
    const paths = await this.network.shortestPaths(args.from, args.to, { maxHops: args.maxHops, types: args.relations ?? null, limit: args.limit });
    if (paths.length === 0) {
      // No path: say so, or say which end does not exist (a second statement only then).
      const [from, to] = await ctx.loaders.entity.loadMany([args.from, args.to]);
      if (!from || from instanceof Error) throw from instanceof Error ? from : new InputError('from', `no entity "${args.from}"`);
      if (!to || to instanceof Error) throw to instanceof Error ? to : new InputError('to', `no entity "${args.to}"`);
    }
    const ranked = paths.map((path) => ({
      length: path.hops.length,
      nodes: path.nodes,
      hops: path.hops.map((hop, i) => ({
        from: path.nodes[i],
        to: path.nodes[i + 1],
        relation: hop.type,
        forward: hop.from === path.nodes[i].id,
        date: (hop.props.date as string | undefined) ?? hop.event?.date ?? null,
        event: hop.event ? eventView(hop.event) : null,
      })),
    }));
    // Paths whose hops are events with evidence explain best: they come first (a stable sort keeps the query's order otherwise).
    const evidenced = (p: (typeof ranked)[number]) => p.hops.filter((h) => h.event && h.event.evidence.length > 0).length;
    return ranked.sort((a, b) => evidenced(b) - evidenced(a));
  }
}
