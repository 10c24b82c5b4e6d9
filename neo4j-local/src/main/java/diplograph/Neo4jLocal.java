package diplograph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community embedded with Bolt on loopback, for machines without Docker.
 *
 * Usage: java [--add-opens ...] -cp CLASSPATH diplograph.Neo4jLocal [DATA_DIR] [PORT]
 * Prints one line "diplograph-neo4j ready bolt://HOST:PORT" when Bolt accepts connections,
 * and shuts the database down cleanly on SIGTERM or Ctrl-C.
 */
public final class Neo4jLocal {
    private Neo4jLocal() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : env("NEO4J_LOCAL_DIR", ".neo4j")).toAbsolutePath();
        int port = Integer.parseInt(args.length > 1 ? args[1] : env("NEO4J_LOCAL_PORT", "7687"));
        String host = env("NEO4J_LOCAL_HOST", "127.0.0.1");
        long pageCacheMb = Long.parseLong(env("NEO4J_LOCAL_PAGECACHE_MB", "128"));
        // No transaction runs unbounded (db.transaction.timeout); shortestPath never falls back to an exhaustive search.
        long txTimeoutSeconds = Long.parseLong(env("NEO4J_LOCAL_TX_TIMEOUT_S", "120"));
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                .setConfig(GraphDatabaseSettings.forbid_exhaustive_shortestpath, true)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("diplograph-neo4j stopping");
            try {
                dbms.shutdown();
            } finally {
                System.out.println("diplograph-neo4j stopped");
                System.out.flush();
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        // Touch the default database so that "ready" means queries can run.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("diplograph-neo4j ready bolt://" + host + ":" + port + " data=" + home);
        System.out.flush();
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
