package app.chidi.server;

import app.chidi.server.DatabaseRoles.Passwords;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * PostgreSQL 17 run from the zonky binaries, with its data in {@code <data>/postgres}. It is set up
 * for keeping data, not for tests: durable writes, the data directory kept between runs, loopback
 * only, password logins, and the CHIDI roles and database created on first start.
 */
public final class EmbeddedDatabase implements Closeable {

  /** The launcher's port; 5433 leaves a system PostgreSQL on 5432 alone. */
  public static final int DEFAULT_PORT = 5433;

  private static final String HOST = "127.0.0.1";
  private static final String HBA =
      """
      # Written by the CHIDI launcher at every start.
      # Password logins over loopback TCP only; the server opens no Unix socket.
      host all all 127.0.0.1/32 scram-sha-256
      """;

  private static final String BINARIES = "/postgres-linux-x86_64.txz";

  private final EmbeddedPostgres postgres;
  private final DatabaseConnection connection;

  private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseConnection connection) {
    this.postgres = postgres;
    this.connection = connection;
  }

  /**
   * Starts the server, first stopping one that a killed launcher left running on the same data.
   *
   * @param dataDir CHIDI's data directory; the server keeps its files in {@code postgres} below it
   * @param port the port to listen on, 0 for any free port
   */
  public static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
    Path data = PrivateFiles.createDirectory(dataDir.toAbsolutePath().normalize());
    Path directory = data.resolve("postgres");
    OrphanedProcess.stopPostgres(directory);
    Passwords passwords = passwords(SecretsFile.open(data));
    EmbeddedPostgres postgres = builder(data, directory, passwords).setPort(port).start();
    try {
      configure(postgres, directory, passwords);
    } catch (SQLException | IOException | RuntimeException e) {
      postgres.close();
      throw new IOException("Could not set up the CHIDI roles and database", e);
    }
    String url =
        "jdbc:postgresql://" + HOST + ":" + postgres.getPort() + "/" + DatabaseRoles.DATABASE;
    return new EmbeddedDatabase(
        postgres,
        new DatabaseConnection(
            url,
            DatabaseRoles.APP_ROLE,
            passwords.app(),
            DatabaseRoles.OWNER_ROLE,
            passwords.owner()));
  }

  /** The JDBC URL and the credentials of the application and owner roles. */
  public DatabaseConnection connection() {
    return connection;
  }

  /** Stops the server ("fast" mode: open sessions are rolled back, committed data is kept). */
  @Override
  public void close() throws IOException {
    postgres.close();
  }

  private static Passwords passwords(SecretsFile secrets) throws IOException {
    return new Passwords(
        secrets.getOrCreate("database.superuser.password"),
        secrets.getOrCreate("database.owner.password"),
        secrets.getOrCreate("database.app.password"));
  }

  private static InputStream binaries(String system, String architecture) throws IOException {
    InputStream binaries = EmbeddedDatabase.class.getResourceAsStream(BINARIES);
    if (binaries == null) {
      throw new IOException(
          "No PostgreSQL binaries for "
              + system
              + " "
              + architecture
              + ": only "
              + BINARIES
              + " (Linux x86-64) is shipped; set CHIDI_DATABASE_URL to use an external server");
    }
    return binaries;
  }

  private static EmbeddedPostgres.Builder builder(Path data, Path directory, Passwords passwords)
      throws IOException {
    Path log = PrivateFiles.createDirectory(data.resolve("logs")).resolve("postgres.log");
    return EmbeddedPostgres.builder()
        .setDataDirectory(directory)
        .setCleanDataDirectory(false)
        // zonky's default resolver fails when the binaries jar is on the class path twice, which
        // the launcher jar's manifest Class-Path causes in a reactor build; any copy will do.
        .setPgBinaryResolver(EmbeddedDatabase::binaries)
        // zonky tunes for throw-away test databases; these are the durable defaults again.
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("listen_addresses", HOST)
        .setServerConfig("unix_socket_directories", "")
        // Same collation and case rules on every machine, whatever its OS locale.
        .setLocaleConfig("locale", "C")
        .setLocaleConfig("locale-provider", "builtin")
        .setLocaleConfig("builtin-locale", "C.UTF-8")
        .setConnectConfig("password", passwords.superuser())
        .setOutputRedirector(Redirect.appendTo(log.toFile()))
        .setErrorRedirector(Redirect.appendTo(log.toFile()))
        .setPGStartupWait(Duration.ofSeconds(60));
  }

  /**
   * initdb trusts every local login; once the roles have passwords, require them. The reload makes
   * the first start as strict as every later one.
   */
  private static void configure(EmbeddedPostgres postgres, Path directory, Passwords passwords)
      throws SQLException, IOException {
    try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
      DatabaseRoles.ensure(superuser, passwords);
      Path hba = directory.resolve("pg_hba.conf");
      if (!HBA.equals(Files.readString(hba, StandardCharsets.UTF_8))) {
        Files.writeString(hba, HBA, StandardCharsets.UTF_8);
        try (Statement sql = superuser.createStatement()) {
          sql.execute("SELECT pg_reload_conf()");
        }
      }
    }
  }
}
