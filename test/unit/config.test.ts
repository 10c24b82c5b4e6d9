import { ConfigError, defaultReadConcurrency, effectiveUri, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to the local Neo4j and port 4000', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.neo4j.uri).toBeUndefined();
    expect(effectiveUri(config)).toBe('bolt://127.0.0.1:7687');
    expect(config.server).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.local.dir).toBe('/srv/app/.neo4j');
  });

  it('takes a routing URI, credentials and database from the environment', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'reader', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'diplo', PORT: '8080' });
    expect(effectiveUri(config)).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(config.neo4j).toMatchObject({ user: 'reader', password: 's3cret', database: 'diplo' });
    expect(config.server.port).toBe(8080);
  });

  it('names the variable and the problem when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(new ConfigError('PORT', 'must be a port number from 1 to 65535, got "eighty"'));
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/^NEO4J_URI: must start with one of neo4j:\/\//);
    expect(() => loadConfig({ NEO4J_LOCAL_HEAP_MB: '-5' })).toThrow(/NEO4J_LOCAL_HEAP_MB/);
  });

  it('lets two reads per core run at once by default, at least 4 and at most the driver pool, and takes the admission settings', () => {
    expect([1, 2, 8, 64].map((cores) => defaultReadConcurrency(cores))).toEqual([4, 4, 16, 100]);
    const security = loadConfig({ READ_CONCURRENCY: '6', READ_QUEUE: '40', READ_QUEUE_WAIT_MS: '2500' }).security;
    expect(security).toMatchObject({ readConcurrency: 6, readQueue: 40, readQueueWaitMs: 2500 });
    expect(() => loadConfig({ READ_CONCURRENCY: '0' })).toThrow(/^READ_CONCURRENCY: must be a positive whole number/);
  });
});
