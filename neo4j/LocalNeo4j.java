// Runs the real Neo4j 5.26 Community engine as a local server with the Bolt connector on 127.0.0.1.
// Launched by src/db/local-neo4j.ts as: java -cp <maven classpath> LocalNeo4j.java <home> <port> <pageCacheMiB>,
// with the password in the NEO4J_LOCAL_PASSWORD environment variable (kept off the command line and `ps`).
// It prints "NEO4J_READY <version>" once Bolt accepts connections and shuts the engine down cleanly on SIGTERM/SIGINT.
// It keeps <home>/../neo4j.pid naming itself while it runs (whoever started it: npm start, db:start, a restart),
// and removes it on shutdown, so db:stop and db:status always find the server that holds the data folder.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

public class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } catch (Throwable e) {
      // The engine's own threads would keep the JVM alive after a failed start: exit so the launcher sees it.
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    if (args.length < 3 || password == null || password.length() < 8) {
      System.err.println("usage: NEO4J_LOCAL_PASSWORD=<8+ chars> LocalNeo4j <home> <boltPort> <pageCacheMiB>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
        .build();
    Path pidFile = home.getParent().resolve("neo4j.pid");
    String self = String.valueOf(ProcessHandle.current().pid());
    AtomicBoolean stopping = new AtomicBoolean(false);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopping.set(true);
      System.out.println("NEO4J_STOPPING");
      service.shutdown();
      if (self.equals(readPid(pidFile))) {
        try {
          Files.deleteIfExists(pidFile);
        } catch (Exception ignored) {
          // nothing left to do on the way out
        }
      }
      System.out.println("NEO4J_STOPPED");
    }));

    // The embedded API runs with full rights, so it can set the neo4j user's password (idempotent on restart).
    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // A restart with an unchanged password: Neo4j refuses to "change" it to itself, which is fine.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    System.out.println("NEO4J_READY " + Version.getNeo4jVersion() + " bolt://127.0.0.1:" + port);
    System.out.flush();
    // Repairs the pid file if anything removed or overwrote it (checked every 2 s: one tiny read).
    while (!stopping.get()) {
      if (!self.equals(readPid(pidFile))) Files.writeString(pidFile, self, StandardCharsets.UTF_8);
      Thread.sleep(2000);
    }
  }

  private static String readPid(Path pidFile) {
    try {
      return Files.readString(pidFile, StandardCharsets.UTF_8).trim();
    } catch (Exception e) {
      return "";
    }
  }
}
