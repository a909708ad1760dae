// Runs Neo4j 5 Community in-process with Bolt only on 127.0.0.1, so actorgraph can use Neo4j without Docker.
package actorgraph;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  public static void main(String[] args) throws InterruptedException {
    PrintStream out = System.out;
    int port;
    try {
      port = Integer.parseInt(env("NEO4J_PORT", "7687"));
    } catch (NumberFormatException e) {
      fail("NEO4J_PORT must be a port number, got '" + System.getenv("NEO4J_PORT") + "'", null);
      return;
    }
    Path home = Path.of(env("NEO4J_DATA", "data/neo4j")).toAbsolutePath();
    String user = env("NEO4J_USER", "neo4j");
    String password = env("NEO4J_PASSWORD", "");
    boolean auth = !password.isEmpty();

    DatabaseManagementService dbms;
    try {
      Files.createDirectories(home);
      dbms =
          new DatabaseManagementServiceBuilder(home)
              // Warnings and errors go to stderr; the full log stays in <data>/logs/debug.log.
              .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
              .setConfig(
                  Map.of(
                      BoltConnector.enabled, true,
                      BoltConnector.listen_address, new SocketAddress("127.0.0.1", port),
                      BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                      HttpConnector.enabled, false,
                      HttpsConnector.enabled, false,
                      GraphDatabaseSettings.auth_enabled, auth,
                      GraphDatabaseSettings.udc_enabled, false,
                      // Sized for a development machine; the default takes half the free RAM.
                      GraphDatabaseSettings.pagecache_memory,
                          SettingValueParsers.BYTES.parse(env("NEO4J_PAGECACHE", "512m"))))
              .build();
    } catch (Exception e) {
      fail("could not start Neo4j on 127.0.0.1:" + port + " with data in " + home, e);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  out.println("Neo4j stopped");
                  stopped.countDown();
                }));

    try {
      GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
        throw new IllegalStateException("database 'neo4j' did not become available within 60 s");
      }
      if (auth) setUser(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);
    } catch (Exception e) {
      fail("Neo4j started but could not be prepared", e);
      return;
    }

    out.printf(
        "Neo4j %s ready on bolt://127.0.0.1:%d (auth %s, data %s)%n",
        Version.getNeo4jVersion(), port, auth ? "on, user " + user : "off", home);
    out.flush();
    stopped.await(Long.MAX_VALUE, TimeUnit.DAYS);
  }

  // The user gets the given password on every start, so changing NEO4J_PASSWORD takes effect.
  private static void setUser(GraphDatabaseService system, String user, String password) {
    Map<String, Object> params = Map.of("user", user, "password", password);
    system.executeTransactionally(
        "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
    try {
      system.executeTransactionally(
          "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the one it already has; that is the state we want.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }

  private static void fail(String message, Exception cause) {
    System.err.println("neo4j launcher: " + message);
    for (Throwable t = cause; t != null; t = t.getCause()) {
      System.err.println("  caused by: " + t);
    }
    System.exit(1);
  }
}
