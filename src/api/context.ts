import { EntityRepository } from '../graph/entity.repository';
import { EventRepository } from '../graph/event.repository';
import { PositionRepository } from '../graph/position.repository';
import { Container } from './container';
import { RequestLoaders } from './loaders';

/** What every resolver of one request shares: the request's loaders. */
export interface ApiContext {
  loaders: RequestLoaders;
}

export function createApiContext(container: Container): ApiContext {
  return {
    loaders: new RequestLoaders(container.get(EntityRepository), container.get(EventRepository), container.get(PositionRepository)),
  };
}
