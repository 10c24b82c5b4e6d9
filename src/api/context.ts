import { EntityRepository } from '../graph/entity.repository';
import { EventRepository } from '../graph/event.repository';
import { PositionRepository } from '../graph/position.repository';
import { Principal } from '../model/roles';
import { Container } from './container';
import { RequestLoaders } from './loaders';

/** What every resolver of one request shares: the request's loaders and who sent it. */
export interface ApiContext {
  loaders: RequestLoaders;
  /** null for an anonymous request */
  principal: Principal | null;
}

export function createApiContext(container: Container, principal: Principal | null = null): ApiContext {
  return {
    loaders: new RequestLoaders(container.get(EntityRepository), container.get(EventRepository), container.get(PositionRepository)),
    principal,
  };
}
