import { Args, Ctx, Query, Resolver } from 'type-graphql';

import { EntityRepository } from '../graph/entity.repository';
import { EntityRecord } from '../graph/records';
import { Statistics } from './analysis.type';
import { Connection, connection, decodeCursor } from './connection';
import { ApiContext } from './context';
import { Agreement, Entity, Format, SearchHit } from './entity.type';
import { EntityKind } from './enums';
import { InputError } from './errors';
import { ActorConnection } from './event.type';
import { ActorsArgs, EntityLookupArgs, IdArgs, SearchArgs } from './query.args';

const KNOWN_KINDS = new Set<string>(Object.values(EntityKind));

/** Entities: one by id or name, lists of actors, full-text search, counts. */
@Resolver(() => Entity)
export class EntityResolver {
  constructor(private readonly entities: EntityRepository) {}

  @Query(() => Entity, { nullable: true, description: 'One entity by id, or by exact name (any case) or alias. Give one of the two.' })
  async entity(@Args() { id, name }: EntityLookupArgs, @Ctx() ctx: ApiContext): Promise<EntityRecord | null> {
    if ((id ? 1 : 0) + (name ? 1 : 0) !== 1) throw new InputError(id ? 'name' : 'id', 'give either id or name, not both and not neither');
    if (id) return ctx.loaders.entity.load(id);
    return this.entities.byName(name!);
  }

  @Query(() => Agreement, { nullable: true, description: 'An agreement by id, with its parties, formats, related agreements and events.' })
  async agreement(@Args() { id }: IdArgs, @Ctx() ctx: ApiContext): Promise<EntityRecord | null> {
    const entity = await ctx.loaders.entity.load(id);
    return entity?.kind === 'Agreement' ? entity : null;
  }

  @Query(() => Format, { nullable: true, description: 'A negotiating format by id, with its members over time and its meetings.' })
  async format(@Args() { id }: IdArgs, @Ctx() ctx: ApiContext): Promise<EntityRecord | null> {
    const entity = await ctx.loaders.entity.load(id);
    return entity?.kind === 'Format' ? entity : null;
  }

  @Query(() => ActorConnection, { description: 'Actors by name, filtered, paginated (Relay cursors; first at most 100).' })
  async actors(@Args() { first, after, filter }: ActorsArgs): Promise<Connection<EntityRecord>> {
    const skip = decodeCursor(after);
    const page = await this.entities.actors(
      {
        kinds: filter?.kinds ?? null,
        country: filter?.country ?? null,
        name: filter?.name ?? null,
        memberOf: filter?.memberOf ?? null,
        at: filter?.memberAt ?? null,
        includeUnknown: filter?.includeUnknown ?? true,
      },
      skip,
      first,
    );
    return connection(page.entities, skip, page.total);
  }

  @Query(() => [SearchHit], { description: 'Full-text search over names, aliases, acronyms and topics, any kind, ranked.' })
  search(@Args() { text, kinds, limit }: SearchArgs): Promise<SearchHit[]> {
    return this.entities.search(text, kinds ?? null, limit);
  }

  @Query(() => Statistics, { description: 'Counts by entity kind and by relation.' })
  async statistics(): Promise<Statistics> {
    const stats = await this.entities.statistics();
    return { entities: stats.entities.filter((e) => KNOWN_KINDS.has(e.kind)), events: stats.events, articles: stats.articles, retractedEvents: stats.retracted };
  }
}
