package app.chidi.server;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * An Artemis broker inside the launcher's JVM, configured by CHIDI's broker.xml, with a persistent
 * journal in {@code <data>/artemis} and one CORE acceptor on 127.0.0.1. Payara reaches it over TCP
 * through the resource adapter, exactly as it would reach an external broker.
 */
public final class EmbeddedBroker implements Closeable {

  /** The launcher's port, Artemis' usual one. */
  public static final int DEFAULT_PORT = 61616;

  private static final String HOST = "127.0.0.1";

  private final EmbeddedActiveMQ broker;
  private final BrokerConnection connection;

  private EmbeddedBroker(EmbeddedActiveMQ broker, BrokerConnection connection) {
    this.broker = broker;
    this.connection = connection;
  }

  /**
   * Starts the broker.
   *
   * @param dataDir CHIDI's data directory; the journal goes to {@code artemis} below it
   * @param port the acceptor port, 0 for any free port
   */
  public static EmbeddedBroker start(Path dataDir, int port) throws IOException {
    Path directory =
        PrivateFiles.createDirectory(dataDir.toAbsolutePath().normalize().resolve("artemis"));
    int actualPort = port == 0 ? Ports.freePort() : port;
    try {
      FileConfiguration configuration = new FileConfiguration();
      FileDeploymentManager deployment = new FileDeploymentManager(BrokerDestinations.BROKER_XML);
      deployment.addDeployable(configuration);
      deployment.readConfiguration();
      // Relative journal, bindings, paging and large-message folders resolve below this one.
      configuration.setBrokerInstance(directory.toFile());
      configuration.addAcceptorConfiguration(
          "chidi", "tcp://" + HOST + ":" + actualPort + "?protocols=CORE");
      EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration).start();
      return new EmbeddedBroker(broker, new BrokerConnection(HOST, actualPort, "", ""));
    } catch (Exception e) { // Artemis declares plain Exception on start
      throw new IOException("Could not start the Artemis broker on port " + actualPort, e);
    }
  }

  /** Where Payara's resource adapter finds this broker. */
  public BrokerConnection connection() {
    return connection;
  }

  /** Stops the broker; the journal keeps undelivered persistent messages for the next start. */
  @Override
  public void close() throws IOException {
    try {
      broker.stop();
    } catch (Exception e) { // Artemis declares plain Exception on stop
      throw new IOException("Could not stop the Artemis broker", e);
    }
  }
}
