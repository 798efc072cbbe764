package app.chidi.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link ChidiServer} needs to start one CHIDI instance.
 *
 * @param dataDir where the instance keeps its data, keys, logs and generated files
 * @param runtime the folder with Payara Micro, the WAR, the JDBC driver and the RAR
 * @param ports the ports to use; see {@link Ports#free()} for tests
 * @param bindAddress the HTTP listener's address
 * @param publicUrl the URL users reach CHIDI at (links in e-mails)
 * @param demo whether the application seeds the demo account
 * @param externalDatabase a database to use instead of the embedded one
 * @param externalBroker a broker to use instead of the embedded one
 * @param environment the variables {@link JwtKeys#resolve} reads
 */
public record ServerSettings(
    Path dataDir,
    RuntimeLayout runtime,
    Ports ports,
    String bindAddress,
    String publicUrl,
    boolean demo,
    Optional<DatabaseConnection> externalDatabase,
    Optional<BrokerConnection> externalBroker,
    Map<String, String> environment) {

  /** Rejects missing values; a missing optional service is {@code Optional.empty()}. */
  public ServerSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(ports, "ports");
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(externalDatabase, "externalDatabase");
    Objects.requireNonNull(externalBroker, "externalBroker");
    environment = Map.copyOf(environment);
  }

  /**
   * An instance with embedded PostgreSQL and Artemis on loopback, without the demo account and with
   * JWT keys generated in the data directory: what the integration tests start.
   */
  public static ServerSettings embedded(Path dataDir, RuntimeLayout runtime, Ports ports) {
    return new ServerSettings(
        dataDir,
        runtime,
        ports,
        "127.0.0.1",
        "http://127.0.0.1:" + ports.http(),
        false,
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }
}
