import 'reflect-metadata';

import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, NonEmptyArray } from 'type-graphql';

import { Container } from './container';
import { HealthResolver } from './health.resolver';

// eslint-disable-next-line @typescript-eslint/ban-types
export const RESOLVERS: NonEmptyArray<Function> = [HealthResolver];

/** The type-graphql schema, validation on (class-validator) at the edge. */
export function buildApiSchema(container: Container = new Container()): GraphQLSchema {
  return buildSchemaSync({
    resolvers: RESOLVERS,
    container,
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL committed as schema/schema.graphql (sorted, so that it is stable). */
export function printApiSchema(): string {
  const header = '# Emitted from the type-graphql classes in src/api by `npm run schema`. Do not edit.\n\n';
  return header + printSchema(lexicographicSortSchema(buildApiSchema())) + '\n';
}
