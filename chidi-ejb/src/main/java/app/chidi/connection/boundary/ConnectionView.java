package app.chidi.connection.boundary;

import app.chidi.connection.entity.SocialConnection;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * A connection as the API and the dashboard show it: its state, never its token.
 *
 * @param platform {@code whatsapp}, {@code instagram} or {@code sandbox}
 * @param status {@code connected}, {@code expiring}, {@code expired} or {@code disconnected}
 * @param duplicates redelivered webhook messages absorbed without a second reply
 */
public record ConnectionView(
    UUID id,
    String platform,
    String accountId,
    String displayName,
    String status,
    OffsetDateTime tokenExpiresAt,
    OffsetDateTime tokenRefreshedAt,
    OffsetDateTime lastWebhookAt,
    long duplicates,
    String templateName,
    String templateLanguage) {

  public static ConnectionView of(SocialConnection connection) {
    return new ConnectionView(
        connection.id(),
        connection.platform().name().toLowerCase(Locale.ROOT),
        connection.accountId(),
        connection.displayName(),
        connection.status().name().toLowerCase(Locale.ROOT),
        connection.tokenExpiresAt(),
        connection.tokenRefreshedAt(),
        connection.lastWebhookAt(),
        connection.duplicates(),
        connection.templateName(),
        connection.templateLanguage());
  }
}
