package app.chidi.channel.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Credentials from configuration: one plain-text token ({@code chidi.channel.access-token}) for
 * every connection, for tests and development against a Graph API stand-in. The connection
 * component's encrypted token store replaces it for real accounts.
 */
@ApplicationScoped
public class ConfiguredCredentials implements ChannelCredentials {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "chidi.channel.access-token")
  Optional<String> token;

  @Override
  public Optional<String> accessToken(UUID connectionId) {
    return token.filter(value -> !value.isBlank());
  }

  @Override
  public void markExpired(UUID connectionId) {
    em.createNativeQuery(
            "update social_connections set status = 'EXPIRED', updated_at = now() where id = ?1")
        .setParameter(1, connectionId)
        .executeUpdate();
  }
}
