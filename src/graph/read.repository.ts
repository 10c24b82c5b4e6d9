import { Executor } from './executor';
import { EntityRecord } from './records';
import { Raw } from './read/cypher-parts';
import {
  ActorsFilter,
  actorsPage,
  BuiltRead,
  entityById,
  entityByName,
  EventsFilter,
  eventsPage,
  Page,
  PageRequest,
  searchHits,
  SearchHitValue,
} from './read/operation.queries';
import { positionsOfActor } from './read/position.queries';
import { FieldSelection } from './read/selection';
import { PositionRecord } from './position.repository';

export type { ActorsFilter, EventsFilter, Keyset, Page, PageRequest, SearchHitValue } from './read/operation.queries';
export type { FieldSelection } from './read/selection';

/**
 * Reads that follow the client's selection: each root field is one Cypher statement built from
 * the fields asked for (see src/graph/read), run in the request's read transaction.
 */
export class ReadRepository {
  constructor(private readonly executor: Executor) {}

  private async run<T>(statement: BuiltRead<T>, tag: string): Promise<T> {
    return statement.decode(await this.executor.readBuilt(statement, tag));
  }

  events(filter: EventsFilter, ascending: boolean, page: PageRequest, selection: readonly FieldSelection[]): Promise<Page<Raw>> {
    return this.run(eventsPage(filter, ascending, page, selection), 'api.events');
  }

  actors(filter: ActorsFilter, page: PageRequest, selection: readonly FieldSelection[]): Promise<Page<EntityRecord>> {
    return this.run(actorsPage(filter, page, selection), 'api.actors');
  }

  entityById(id: string, kind: string | null, selection: readonly FieldSelection[]): Promise<EntityRecord | null> {
    return this.run(entityById(id, kind, selection), 'api.entity');
  }

  entityByName(name: string, selection: readonly FieldSelection[]): Promise<EntityRecord | null> {
    return this.run(entityByName(name, selection), 'api.entity');
  }

  positionsOfActor(actor: string, from: string | null, to: string | null, selection: readonly FieldSelection[]): Promise<PositionRecord[]> {
    return this.run(positionsOfActor(actor, from, to, selection), 'api.positions');
  }

  search(query: string, text: string, kinds: string[] | null, limit: number, entitySelection: readonly FieldSelection[]): Promise<SearchHitValue[]> {
    return this.run(searchHits(query, text, kinds, limit, entitySelection), 'api.search');
  }
}
