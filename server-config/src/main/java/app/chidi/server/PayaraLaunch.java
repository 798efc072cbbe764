package app.chidi.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

/**
 * What {@link PayaraMicroProcess} starts.
 *
 * @param runtime the runtime folder
 * @param dataDir CHIDI's data directory; Payara's work folder is {@code payara} below it
 * @param bindAddress address of the HTTP listener (set by the pre-boot script)
 * @param ports the HTTP and data grid ports are used
 * @param configFile the file passed as {@code -Dchidi.config-file}
 * @param preBootFile the pre-boot command file
 * @param postBootFile the post-boot command file
 */
public record PayaraLaunch(
    RuntimeLayout runtime,
    Path dataDir,
    String bindAddress,
    Ports ports,
    Path configFile,
    Path preBootFile,
    Path postBootFile) {

  /** Payara's work folder ({@code --rootdir}). */
  public Path rootDir() {
    return dataDir.toAbsolutePath().normalize().resolve("payara");
  }

  /** The application's root URL, on loopback when Payara listens on every interface. */
  public URI url() {
    String host = bindAddress;
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + ports.http() + "/");
  }

  /**
   * A busy HTTP port is an error: the readiness check would otherwise talk to whoever holds it. A
   * busy data grid port is replaced by a free one: the grid only ever lists itself as a member, and
   * on a taken port Hazelcast would move one port up and try to join the stranger's cluster.
   */
  PayaraLaunch withUsablePorts() {
    if (!isFree(bindAddress, ports.http())) {
      throw new IllegalStateException(
          "Port " + ports.http() + " is already in use; stop what uses it or choose another port");
    }
    if (isFree("127.0.0.1", ports.dataGrid())) {
      return this;
    }
    Ports moved = new Ports(ports.http(), ports.database(), ports.broker(), Ports.freePort());
    return new PayaraLaunch(
        runtime, dataDir, bindAddress, moved, configFile, preBootFile, postBootFile);
  }

  private static boolean isFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(host, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
