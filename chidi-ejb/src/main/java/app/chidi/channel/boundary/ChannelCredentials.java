package app.chidi.channel.boundary;

import java.util.Optional;
import java.util.UUID;

/**
 * The access token a connection sends with, and the way to retire it once the platform rejects it
 * (error 190). The connection component keeps tokens encrypted and implements this; the channel
 * only asks for them. The sandbox needs no token and never asks.
 */
public interface ChannelCredentials {

  /** The connection's access token; empty when it has none (disconnected, or the sandbox). */
  Optional<String> accessToken(UUID connectionId);

  /** The platform said the token expired or was revoked: the connection needs reconnecting. */
  void markExpired(UUID connectionId);
}
