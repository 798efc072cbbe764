package app.chidi.channel.control;

import java.time.Duration;

/**
 * What a platform answered a send.
 *
 * @param platformMessageId the platform's id of a sent message, else {@code null}
 * @param retryAfter how long the platform asked to wait ({@code Retry-After}), or zero
 * @param code the platform's error code or the HTTP status, else {@code null}
 */
public record SendOutcome(
    Kind kind, String platformMessageId, Duration retryAfter, String code, String detail) {

  /** Sent; worth another try later; outside the messaging window; token expired; refused. */
  public enum Kind {
    SENT,
    RETRY,
    WINDOW_CLOSED,
    EXPIRED,
    FAILED
  }

  public static SendOutcome sent(String platformMessageId) {
    return new SendOutcome(Kind.SENT, platformMessageId, Duration.ZERO, null, null);
  }

  public static SendOutcome retry(String code, String detail, Duration retryAfter) {
    return new SendOutcome(Kind.RETRY, null, retryAfter, code, detail);
  }

  public static SendOutcome of(Kind kind, String code, String detail) {
    return new SendOutcome(kind, null, Duration.ZERO, code, detail);
  }
}
