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
  /** Built statements by their inputs, newest last: an operation asked again (same selection and
   * arguments) is not built again. A statement depends on nothing else. */
  private readonly built = new Map<string, BuiltRead<unknown>>();

  constructor(
    private readonly executor: Executor,
    private readonly cacheSize = 500,
  ) {}

  private async run<T>(statement: BuiltRead<T>, tag: string): Promise<T> {
    return statement.decode(await this.executor.readBuilt(statement, tag));
  }

  /** The statement for these inputs, from the cache or built (and kept, the oldest dropped past the size). */
  private statement<T>(build: (...inputs: never[]) => BuiltRead<T>, ...inputs: unknown[]): BuiltRead<T> {
    const key = `${build.name}:${JSON.stringify(inputs)}`;
    const known = this.built.get(key);
    if (known) {
      this.built.delete(key);
      this.built.set(key, known);
      return known as BuiltRead<T>;
    }
    const fresh = (build as (...a: unknown[]) => BuiltRead<T>)(...inputs);
    this.built.set(key, fresh as BuiltRead<unknown>);
    if (this.built.size > this.cacheSize) this.built.delete(this.built.keys().next().value!);
    return fresh;
  }

  events(filter: EventsFilter, ascending: boolean, page: PageRequest, selection: readonly FieldSelection[]): Promise<Page<Raw>> {
    return this.run(this.statement(eventsPage, filter, ascending, page, selection), 'api.events');
  }

  actors(filter: ActorsFilter, page: PageRequest, selection: readonly FieldSelection[]): Promise<Page<EntityRecord>> {
    return this.run(this.statement(actorsPage, filter, page, selection), 'api.actors');
  }

  entityById(id: string, kind: string | null, selection: readonly FieldSelection[]): Promise<EntityRecord | null> {
    return this.run(this.statement(entityById, id, kind, selection), 'api.entity');
  }

  entityByName(name: string, selection: readonly FieldSelection[]): Promise<EntityRecord | null> {
    return this.run(this.statement(entityByName, name, selection), 'api.entity');
  }

  positionsOfActor(actor: string, from: string | null, to: string | null, selection: readonly FieldSelection[]): Promise<PositionRecord[]> {
    return this.run(this.statement(positionsOfActor, actor, from, to, selection), 'api.positions');
  }

  search(query: string, text: string, kinds: string[] | null, limit: number, entitySelection: readonly FieldSelection[]): Promise<SearchHitValue[]> {
    return this.run(this.statement(searchHits, query, text, kinds, limit, entitySelection), 'api.search');
  }
}
