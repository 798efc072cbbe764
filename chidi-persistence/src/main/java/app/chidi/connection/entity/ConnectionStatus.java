package app.chidi.connection.entity;

/** How a connection stands: its token works, expires within a week, has expired, or was cut. */
public enum ConnectionStatus {
  CONNECTED,
  EXPIRING,
  EXPIRED,
  DISCONNECTED
}
