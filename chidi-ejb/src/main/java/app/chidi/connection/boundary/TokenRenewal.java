package app.chidi.connection.boundary;

import app.chidi.connection.control.ConnectionAlerts;
import app.chidi.connection.control.ConnectionRepository;
import app.chidi.connection.control.ConnectionRepository.DueConnection;
import app.chidi.connection.control.InstagramAccounts;
import app.chidi.connection.control.IssuedToken;
import app.chidi.connection.control.MetaCallException;
import app.chidi.connection.control.TokenVault;
import app.chidi.connection.entity.SocialConnection;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Keeps tokens alive and people warned: refreshes Instagram's long-lived tokens around day 50,
 * marks tokens within a week of their expiry expiring ({@code token_expiring}) and those past it
 * expired ({@code connection_expired}). Each connection is one transaction of its own, locked for
 * its duration; what a connection needs is read from the row, so running it twice, or on two
 * instances, does the work once.
 */
@Stateless
@Tenanted
public class TokenRenewal {

  private static final Logger LOG = Logger.getLogger(TokenRenewal.class.getName());

  @Inject ConnectionRepository repository;
  @Inject TokenVault vault;
  @Inject InstagramAccounts instagram;
  @Inject ConnectionAlerts alerts;

  /** Connections of every business whose token expires within the refresh window. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<DueConnection> due() {
    return repository.dueBefore(OffsetDateTime.now().plus(SocialConnection.REFRESH_AHEAD));
  }

  /** Renews or marks one connection of the current business; skips it if another instance is. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void renew(UUID connectionId) {
    repository.lockUnlessBusy(connectionId).ifPresent(this::renew);
  }

  private void renew(SocialConnection connection) {
    OffsetDateTime now = OffsetDateTime.now();
    if (connection.refreshDue(now)) {
      refresh(connection, now);
    }
    if (connection.markExpiringIfDue(now)) {
      alerts.expiring(connection);
    }
    if (connection.expiryPassed(now) && connection.markExpired(now)) {
      alerts.expired(connection);
    }
  }

  private void refresh(SocialConnection connection, OffsetDateTime now) {
    try {
      IssuedToken fresh =
          instagram.refresh(vault.open(connection.sealedToken(), connection.businessId()));
      connection.connect(
          vault.seal(fresh.token(), connection.businessId()), now.plus(fresh.lifetime()), now);
    } catch (MetaCallException e) {
      LOG.warning(
          () ->
              "Instagram refused to refresh the token of connection "
                  + connection.id()
                  + " (HTTP "
                  + e.status()
                  + "): "
                  + e.getMessage());
      if (e.tokenInvalid() && connection.markExpired(now)) {
        alerts.expired(connection);
      }
    }
  }
}
