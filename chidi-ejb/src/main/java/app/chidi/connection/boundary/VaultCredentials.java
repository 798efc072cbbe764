package app.chidi.connection.boundary;

import app.chidi.channel.boundary.ChannelCredentials;
import app.chidi.connection.control.ConnectionAlerts;
import app.chidi.connection.control.ConnectionRepository;
import app.chidi.connection.control.TokenVault;
import app.chidi.connection.entity.SocialConnection;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The channel's {@link ChannelCredentials}: the token in the clear, opened from the vault for the
 * one call that needs it, and the way to say Meta rejected it (error 190). Runs in the caller's
 * business: a connection of another business is not found.
 */
@Stateless
@Tenanted
public class VaultCredentials implements ChannelCredentials {

  @Inject ConnectionRepository repository;
  @Inject TokenVault vault;
  @Inject ConnectionAlerts alerts;

  /** The token of a connection that is connected (or expiring) and not past its expiry. */
  @Override
  public Optional<String> accessToken(UUID connectionId) {
    OffsetDateTime now = OffsetDateTime.now();
    return repository
        .find(connectionId)
        .filter(connection -> connection.usable(now))
        .map(connection -> vault.open(connection.sealedToken(), connection.businessId()));
  }

  /** Meta rejected the token: the connection is expired and the owner told, once. */
  @Override
  public void markExpired(UUID connectionId) {
    Optional<SocialConnection> connection = repository.find(connectionId);
    if (connection.isPresent() && connection.get().markExpired(OffsetDateTime.now())) {
      alerts.expired(connection.get());
    }
  }
}
