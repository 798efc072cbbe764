package app.chidi.server;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the CHIDI database is and the two roles that use it: the application role (subject to
 * row-level security) and the owner role that runs the schema migrations.
 *
 * @param jdbcUrl {@code jdbc:postgresql://host[:port]/database[?parameters]}
 * @param appUser role of the {@code jdbc/chidi} pool
 * @param appPassword password of {@code appUser}
 * @param ownerUser role of the {@code jdbc/chidi-owner} pool, owner of the database
 * @param ownerPassword password of {@code ownerUser}
 */
public record DatabaseConnection(
    String jdbcUrl, String appUser, String appPassword, String ownerUser, String ownerPassword) {

  private static final String PREFIX = "jdbc:postgresql://";

  /** Validates that the URL is a PostgreSQL URL with a host and a database name. */
  public DatabaseConnection {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(appUser, "appUser");
    Objects.requireNonNull(appPassword, "appPassword");
    Objects.requireNonNull(ownerUser, "ownerUser");
    Objects.requireNonNull(ownerPassword, "ownerPassword");
    if (!jdbcUrl.startsWith(PREFIX)
        || uri(jdbcUrl).getHost() == null
        || database(jdbcUrl).isEmpty()) {
      throw new IllegalArgumentException(
          "Expected jdbc:postgresql://host:port/database, got " + jdbcUrl);
    }
  }

  /** Host name or address of the server. */
  public String host() {
    return uri(jdbcUrl).getHost();
  }

  /** Port of the server, 5432 when the URL names none. */
  public int port() {
    int port = uri(jdbcUrl).getPort();
    return port == -1 ? 5432 : port;
  }

  /** Name of the database. */
  public String databaseName() {
    return database(jdbcUrl);
  }

  /** Driver parameters from the URL's query string, e.g. {@code sslmode=require}. */
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    String query = uri(jdbcUrl).getQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
      }
    }
    return parameters;
  }

  /** Hides the passwords. */
  @Override
  public String toString() {
    return "DatabaseConnection[" + jdbcUrl + ", app=" + appUser + ", owner=" + ownerUser + "]";
  }

  private static URI uri(String jdbcUrl) {
    return URI.create(jdbcUrl.substring("jdbc:".length()));
  }

  private static String database(String jdbcUrl) {
    String path = uri(jdbcUrl).getPath();
    return path == null ? "" : path.replaceFirst("^/", "");
  }
}
