package app.chidi.server;

import java.net.URI;
import java.util.Objects;

/**
 * Where the Artemis broker is, as the resource adapter in Payara reaches it.
 *
 * @param host host name or address
 * @param port the broker's CORE acceptor port
 * @param user broker user, empty when the broker needs none
 * @param password password of {@code user}, empty when the broker needs none
 */
public record BrokerConnection(String host, int port, String user, String password) {

  /** Turns missing credentials into empty strings. */
  public BrokerConnection {
    Objects.requireNonNull(host, "host");
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /** Parses {@code tcp://host:port}, as given in {@code CHIDI_BROKER_URL}. */
  public static BrokerConnection parse(String url, String user, String password) {
    URI uri = URI.create(url);
    if (!"tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() == -1) {
      throw new IllegalArgumentException("Expected tcp://host:port, got " + url);
    }
    return new BrokerConnection(uri.getHost(), uri.getPort(), user, password);
  }

  /** True when the adapter must log in. */
  public boolean hasCredentials() {
    return !user.isEmpty();
  }

  /** The broker URL, {@code tcp://host:port}. */
  public String url() {
    return "tcp://" + host + ":" + port;
  }

  /** Hides the password. */
  @Override
  public String toString() {
    return "BrokerConnection[" + url() + (hasCredentials() ? ", user=" + user : "") + "]";
  }
}
