package app.chidi.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The TCP ports of one CHIDI instance.
 *
 * @param http Payara's HTTP listener
 * @param database the embedded PostgreSQL (ignored with an external database)
 * @param broker the embedded Artemis acceptor (ignored with an external broker)
 * @param dataGrid Payara's data grid (Hazelcast); its peers are looked for on this loopback port
 */
public record Ports(int http, int database, int broker, int dataGrid) {

  /** The launcher's fixed ports: 8080, 5433, 61616, 6900. */
  public static Ports defaults() {
    return new Ports(8080, EmbeddedDatabase.DEFAULT_PORT, EmbeddedBroker.DEFAULT_PORT, 6900);
  }

  /** Free ports for a test instance, so that tests never collide with a running launcher. */
  public static Ports free() {
    // All four sockets stay open until each has its port, so no port is handed out twice.
    try (ServerSocket http = loopbackSocket();
        ServerSocket database = loopbackSocket();
        ServerSocket broker = loopbackSocket();
        ServerSocket dataGrid = loopbackSocket()) {
      return new Ports(
          http.getLocalPort(),
          database.getLocalPort(),
          broker.getLocalPort(),
          dataGrid.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException("No free TCP port", e);
    }
  }

  /** The same ports with another HTTP port. */
  public Ports withHttp(int port) {
    return new Ports(port, database, broker, dataGrid);
  }

  /** A loopback port that is free right now. */
  public static int freePort() {
    try (ServerSocket socket = loopbackSocket()) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free TCP port", e);
    }
  }

  private static ServerSocket loopbackSocket() throws IOException {
    return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
  }
}
