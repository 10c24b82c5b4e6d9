import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'One mutation as the audit trail keeps it: who, when, what, before and after.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When (ISO date-time).' })
  at!: string;

  @Field({ description: 'Who: "key:<id>" for an API key, "jwt:<subject>" for a token.' })
  actor!: string;

  @Field({ description: 'The role the actor held.' })
  role!: string;

  @Field({ description: 'The mutation: addAlias, createEntity, updateEntity, mergeEntities, undoMerge, retractEvent, restoreEvent, ingestArticle.' })
  action!: string;

  @Field({ description: 'The entity, event or article changed.' })
  target!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The state before (null when created).' })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The state after.' })
  after?: unknown;

  @Field(() => ID, { nullable: true, description: 'The audit entry that undid this one, if any.' })
  undone?: string | null;
}
