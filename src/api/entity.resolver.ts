import { GraphQLResolveInfo } from 'graphql';
import { Args, Info, Query, Resolver } from 'type-graphql';

import { EntityRepository, fulltextQuery } from '../graph/entity.repository';
import { ReadRepository } from '../graph/read.repository';
import { EntityRecord } from '../graph/records';
import { Statistics } from './analysis.type';
import { Connection, connection, decodeCursor, pageRequest } from './connection';
import { Agreement, Entity, Format, SearchHit } from './entity.type';
import { EntityKind } from './enums';
import { InputError } from './errors';
import { ActorConnection } from './event.type';
import { ActorsArgs, EntityLookupArgs, IdArgs, SearchArgs } from './query.args';
import { selectionOf } from './selection';

const KNOWN_KINDS = new Set<string>(Object.values(EntityKind));

/** Entities: one by id or name, lists of actors, full-text search, counts. */
@Resolver(() => Entity)
export class EntityResolver {
  constructor(
    private readonly entities: EntityRepository,
    private readonly reads: ReadRepository,
  ) {}

  @Query(() => Entity, { nullable: true, description: 'One entity by id, or by exact name (any case) or alias. Give one of the two.' })
  async entity(@Args() { id, name }: EntityLookupArgs, @Info() info: GraphQLResolveInfo): Promise<EntityRecord | null> {
    if ((id ? 1 : 0) + (name ? 1 : 0) !== 1) throw new InputError(id ? 'name' : 'id', 'give either id or name, not both and not neither');
    if (id) return this.reads.entityById(id, null, selectionOf(info));
    return this.reads.entityByName(name!, selectionOf(info));
  }

  @Query(() => Agreement, { nullable: true, description: 'An agreement by id, with its parties, formats, related agreements and events.' })
  agreement(@Args() { id }: IdArgs, @Info() info: GraphQLResolveInfo): Promise<EntityRecord | null> {
    return this.reads.entityById(id, 'Agreement', selectionOf(info));
  }

  @Query(() => Format, { nullable: true, description: 'A negotiating format by id, with its members over time and its meetings.' })
  format(@Args() { id }: IdArgs, @Info() info: GraphQLResolveInfo): Promise<EntityRecord | null> {
    return this.reads.entityById(id, 'Format', selectionOf(info));
  }

  @Query(() => ActorConnection, { description: 'Actors by name, filtered, paginated (Relay cursors; first at most 100).' })
  async actors(@Args() { first, after, filter }: ActorsArgs, @Info() info: GraphQLResolveInfo): Promise<Connection<EntityRecord>> {
    const cursor = decodeCursor(after);
    const { page, nodes } = pageRequest(selectionOf(info), first, cursor);
    const found = await this.reads.actors(
      {
        kinds: filter?.kinds ?? null,
        country: filter?.country ?? null,
        name: filter?.name ?? null,
        memberOf: filter?.memberOf ?? null,
        at: filter?.memberAt ?? null,
        includeUnknown: filter?.includeUnknown ?? true,
      },
      page,
      nodes,
    );
    return connection(found, cursor);
  }

  @Query(() => [SearchHit], { description: 'Full-text search over names, aliases, acronyms and topics, any kind, ranked.' })
  async search(@Args() { text, kinds, limit }: SearchArgs, @Info() info: GraphQLResolveInfo): Promise<SearchHit[]> {
    const query = fulltextQuery(text);
    if (!query) return [];
    const entity = selectionOf(info).filter((f) => f.name === 'entity').flatMap((f) => f.fields);
    return this.reads.search(query, text.trim(), kinds?.length ? kinds : null, limit, entity);
  }

  @Query(() => Statistics, { description: 'Counts by entity kind and by relation.' })
  async statistics(): Promise<Statistics> {
    const stats = await this.entities.statistics();
    return { entities: stats.entities.filter((e) => KNOWN_KINDS.has(e.kind)), events: stats.events, articles: stats.articles, retractedEvents: stats.retracted };
  }
}
