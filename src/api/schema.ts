import 'reflect-metadata';

import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, NonEmptyArray } from 'type-graphql';

import { authChecker } from './auth';
import { Container } from './container';
import { CurationResolver } from './curation.resolver';
import { ActorFieldsResolver, EntityFieldsResolver } from './entity-fields.resolver';
import { EntityResolver } from './entity.resolver';
import { Agreement, Format, Group, Organization, PeaceProcess, Person, Place, State, Topic } from './entity.type';
import { EventResolver } from './event.resolver';
import { HealthResolver } from './health.resolver';
import { NetworkResolver } from './network.resolver';
import { PositionResolver } from './position.resolver';
import { validateArguments } from './validation';
import { AgreementResolver, FormatResolver, OrganizationResolver, PeaceProcessResolver, PersonResolver, PlaceResolver, StateResolver } from './structure.resolver';

// eslint-disable-next-line @typescript-eslint/ban-types
export const RESOLVERS: NonEmptyArray<Function> = [
  HealthResolver,
  EntityResolver,
  EntityFieldsResolver,
  ActorFieldsResolver,
  PersonResolver,
  StateResolver,
  OrganizationResolver,
  FormatResolver,
  AgreementResolver,
  PlaceResolver,
  PeaceProcessResolver,
  EventResolver,
  PositionResolver,
  NetworkResolver,
  CurationResolver,
];

/** The type-graphql schema, validation on (class-validator) at the edge. */
export function buildApiSchema(container: Container = new Container()): GraphQLSchema {
  return buildSchemaSync({
    resolvers: RESOLVERS,
    // Every entity type is reachable only through the Entity and Actor interfaces.
    orphanedTypes: [Person, State, Organization, Group, Format, Agreement, Place, Topic, PeaceProcess],
    container,
    authChecker,
    validateFn: validateArguments,
  });
}

/** The SDL committed as schema/schema.graphql (sorted, so that it is stable). */
export function printApiSchema(): string {
  const header = '# Emitted from the type-graphql classes in src/api by `npm run schema`. Do not edit.\n\n';
  return header + printSchema(lexicographicSortSchema(buildApiSchema())) + '\n';
}
