import 'reflect-metadata';

import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';

import { loadConfig } from '../config';
import { Executor } from '../graph/executor';
import { startApp } from '../server';
import { NEO4J_GRAPHQL_TYPEDEFS } from './neo4j-graphql.typedefs';

/**
 * One side of `npm run bench:api` as a server process of its own, as it would be deployed:
 * `b` is diplograph, `c` is @neo4j/graphql over the same graph. Prints "listening <url>" when
 * ready and stops on SIGTERM.
 */
async function main(): Promise<void> {
  const side = process.argv[2];
  const executor = Executor.fromConfig(loadConfig());
  let stop: () => Promise<void>;
  if (side === 'b') {
    const app = await startApp({ executor, port: 0, log: (message, context) => console.error(message, context ?? '') });
    console.log(`listening ${app.url}`);
    stop = () => app.stop();
  } else if (side === 'c') {
    const peer = new ApolloServer({ schema: await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver: executor.driver }).getSchema() });
    const { url } = await startStandaloneServer(peer, { listen: { port: 0, host: '127.0.0.1' } });
    console.log(`listening ${url}`);
    stop = () => peer.stop();
  } else {
    throw new Error('usage: bench-server b|c');
  }
  process.once('SIGTERM', () => {
    stop()
      .then(() => executor.close())
      .finally(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(`bench-server: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
