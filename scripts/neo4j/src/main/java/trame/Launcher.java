package trame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Trame's local Neo4j: an embedded Neo4j Community DBMS that only speaks Bolt
 * on the loopback interface, with auth disabled. Started and stopped by
 * scripts/neo4j/server.mjs (npm run neo4j:start / neo4j:stop).
 *
 * Environment:
 *   TRAME_NEO4J_PORT        Bolt port (default 7687)
 *   TRAME_NEO4J_DATA        DBMS home / data folder (default .neo4j/demo)
 *   TRAME_NEO4J_PAGECACHE   page cache size (default 256m)
 *   TRAME_NEO4J_TX_MAX      cap on memory used by all transactions (default 512m;
 *                           server.mjs passes two thirds of the heap)
 *   TRAME_NEO4J_TX_ONE_MAX  cap on memory used by one transaction (default 128m;
 *                           server.mjs passes a sixth of the heap)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        int port = parsePort(env("TRAME_NEO4J_PORT", "7687"));
        Path home = Path.of(env("TRAME_NEO4J_DATA", ".neo4j/demo")).toAbsolutePath().normalize();
        String pageCache = env("TRAME_NEO4J_PAGECACHE", "256m");
        String txMax = env("TRAME_NEO4J_TX_MAX", "512m");
        String txOneMax = env("TRAME_NEO4J_TX_ONE_MAX", "128m");
        Files.createDirectories(home);

        Map<Setting<?>, Object> config = new LinkedHashMap<>();
        // Bolt only, loopback only, no auth: this is a local development database.
        config.put(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"));
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        config.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port));
        config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        config.put(GraphDatabaseSettings.auth_enabled, false);
        // No usage reporting (dbms.usage_report.enabled).
        config.put(GraphDatabaseSettings.udc_enabled, false);
        // Memory: keep it modest, the machine is shared.
        config.put(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache));
        // dbms.memory.transaction.total.max, db.memory.transaction.total.max and db.memory.transaction.max:
        // a query that collects too much
        // fails with MemoryLimitExceeded instead of filling the heap (and, with exit-on-OOM, killing
        // the database). Strings built inside a query are not tracked: the app refuses those queries.
        config.put(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(txMax));
        config.put(GraphDatabaseSettings.memory_transaction_database_max_size, ByteUnit.parse(txMax));
        config.put(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(txOneMax));
        // No transaction timeout (the default), stated for clarity.
        config.put(GraphDatabaseSettings.transaction_timeout, Duration.ZERO);
        // Per-transaction timeouts (the Cypher console's) are enforced by a monitor; the 2 s default
        // check interval lets a runaway query live up to 2 s past its deadline.
        config.put(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200));
        // Bolt waits a 5 s quiet period per event loop group on shutdown; 1 s is
        // plenty for a loopback-only server and keeps `npm run neo4j:stop` quick.
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1);

        // Registered before the DBMS is built, so a SIGTERM during startup still
        // shuts the stores down cleanly: the hook waits for build() to return.
        AtomicReference<DatabaseManagementService> service = new AtomicReference<>();
        CountDownLatch built = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                built.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            DatabaseManagementService running = service.getAndSet(null);
            if (running != null) {
                System.out.println("trame-neo4j: shutting down");
                System.out.flush();
                try {
                    running.shutdown();
                } catch (Throwable t) {
                    System.err.println("trame-neo4j: shutdown failed: " + t);
                }
                System.out.println("trame-neo4j: stopped");
                System.out.flush();
            }
            stopped.countDown();
        }, "trame-neo4j-shutdown"));

        long t0 = System.nanoTime();
        DatabaseManagementService managementService;
        try {
            managementService = new DatabaseManagementServiceBuilder(home)
                    .setConfig(config)
                    .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                    .build();
        } catch (RuntimeException e) {
            built.countDown();
            e.printStackTrace();
            // One line for scripts/neo4j/server.mjs to report.
            System.out.println("trame-neo4j: failed: " + rootCause(e));
            System.out.flush();
            System.exit(1);
            return;
        }
        service.set(managementService);
        built.countDown();

        // Make sure the default database is actually up before saying so.
        try {
            managementService.database("neo4j").executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            if (service.get() == null) { // SIGTERM arrived while starting
                stopped.await();
                return;
            }
            throw e;
        }
        if (service.get() == null) {
            stopped.await();
            return;
        }

        long ms = (System.nanoTime() - t0) / 1_000_000L;
        System.out.println("trame-neo4j: home " + home + " (booted in " + ms + " ms)");
        System.out.println("trame-neo4j: ready bolt://127.0.0.1:" + port);
        System.out.flush();

        stopped.await();
    }

    private static String rootCause(Throwable e) {
        String message = String.valueOf(e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (message.contains("Address already in use")) {
            message = "port " + env("TRAME_NEO4J_PORT", "7687") + " is already in use (" + message + ")";
        }
        return message.replace('\n', ' ').trim();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new IllegalArgumentException("TRAME_NEO4J_PORT must be a port number, got: " + s);
    }
}
