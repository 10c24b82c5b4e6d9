import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum DatabaseStatus {
  CONNECTED = 'CONNECTED',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(DatabaseStatus, { name: 'DatabaseStatus', description: 'Whether the server reaches its Neo4j database.' });

@ObjectType({ simpleResolvers: true, description: 'The state of the server and of the Neo4j database behind it.' })
export class Health {
  @Field(() => DatabaseStatus, { description: 'CONNECTED when Neo4j answers queries.' })
  neo4j!: DatabaseStatus;

  @Field(() => String, { nullable: true, description: 'Neo4j server version, such as "5.26.0" (admins only).' })
  version?: string;

  @Field(() => String, { nullable: true, description: 'Neo4j edition: community or enterprise (admins only).' })
  edition?: string;

  @Field(() => String, { nullable: true, description: 'Where the server looks for Neo4j (admins only).' })
  address?: string;

  @Field(() => String, { nullable: true, description: 'Why Neo4j is unavailable, when it is (admins only).' })
  message?: string;
}
