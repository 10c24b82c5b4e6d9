import { ContainerType, ResolverData } from 'type-graphql';

type Constructor<T = unknown> = new (...args: never[]) => T;

/**
 * A small dependency container: resolvers get their repositories through the constructor
 * (type-graphql asks the container for each resolver class). Classes are built once, from their
 * constructor parameter types (emitted decorator metadata), out of the registered instances.
 */
export class Container implements ContainerType {
  private readonly instances = new Map<Constructor, unknown>();

  register<T>(type: Constructor<T>, instance: T): this {
    this.instances.set(type, instance);
    return this;
  }

  get<T>(type: Constructor<T>, _data?: ResolverData<object>): T {
    const known = this.instances.get(type);
    if (known !== undefined) return known as T;
    const params: Constructor[] = Reflect.getMetadata('design:paramtypes', type) ?? [];
    const args = params.map((param) => {
      if (!this.instances.has(param)) {
        throw new Error(`no instance of ${param?.name ?? param} registered for ${type.name}`);
      }
      return this.instances.get(param);
    });
    const instance = new type(...(args as never[]));
    this.instances.set(type, instance);
    return instance;
  }
}
